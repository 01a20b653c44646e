class Hero(SQLModel, table=True, metaclass=M):
    id: int | None = Field(default=None, primary_key=True)

class A: pass
class B(): x = 1; y = 2
