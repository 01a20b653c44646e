x = Column(String(50) nullable=False)
