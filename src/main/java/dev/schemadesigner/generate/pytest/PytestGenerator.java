package dev.schemadesigner.generate.pytest;

import dev.schemadesigner.change.ChangeSet;
import dev.schemadesigner.generate.Artifact;
import dev.schemadesigner.generate.ArtifactGenerator;
import dev.schemadesigner.generate.GenerationContext;
import dev.schemadesigner.generate.model.ModelCollector;
import dev.schemadesigner.generate.model.ModelSpec;
import dev.schemadesigner.schema.Schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * pytest tests for the models a change creates or alters: conftest.py (db_session on in-memory
 * SQLite with foreign keys enforced, or on TEST_DATABASE_URL), factories.py, one test module per model.
 */
public final class PytestGenerator implements ArtifactGenerator {

    public List<Artifact> generate(GenerationContext ctx, ChangeSet changes) {
        Schema before = ctx.existingSchema();
        Schema after = changes.apply(before);
        List<ModelSpec> models = new ModelCollector(ctx).collect(after);
        FactoryRenderer factories = new FactoryRenderer(ctx);
        TestModuleRenderer tests = new TestModuleRenderer(ctx, factories);
        String dir = ctx.paths().tests();
        List<Artifact> out = new ArrayList<>();
        String parent = dir.substring(0, dir.lastIndexOf('/'));
        out.add(new Artifact(parent + "/__init__.py", "python", "test", ""));
        out.add(new Artifact(dir + "/__init__.py", "python", "test", ""));
        out.add(new Artifact(dir + "/conftest.py", "python", "test", conftest(ctx)));
        out.add(new Artifact(dir + "/factories.py", "python", "test", factories.render(models, after)));
        List<ModelSpec> touched = models.stream()
                .filter(m -> before.table(m.table().name()).map(t -> !Objects.equals(t, m.table())).orElse(true)).toList();
        // a change that only removes things still gets the remaining models' tests as a regression suite
        for (ModelSpec m : touched.isEmpty() ? models : touched) {
            out.add(new Artifact(dir + "/test_" + m.module() + ".py", "python", "test", tests.render(m, models, after)));
        }
        return out;
    }

    private static String conftest(GenerationContext ctx) {
        return """
                \"\"\"db_session: in-memory SQLite with foreign keys enforced, or TEST_DATABASE_URL (e.g. PostgreSQL).

                The schema is created with Base.metadata.create_all for every test and dropped after it.
                \"\"\"
                import os

                import pytest
                from sqlalchemy import create_engine, event
                from sqlalchemy.orm import sessionmaker

                from %s import Base


                def _enforce_sqlite_foreign_keys(dbapi_connection, connection_record):
                    cursor = dbapi_connection.cursor()
                    cursor.execute("PRAGMA foreign_keys=ON")
                    cursor.close()


                @pytest.fixture()
                def engine():
                    url = os.environ.get("TEST_DATABASE_URL")
                    engine = create_engine(url or "sqlite://", future=True)
                    if engine.dialect.name == "sqlite":
                        event.listen(engine, "connect", _enforce_sqlite_foreign_keys)
                    Base.metadata.create_all(engine)
                    yield engine
                    Base.metadata.drop_all(engine)
                    engine.dispose()


                @pytest.fixture()
                def db_session(engine):
                    session = sessionmaker(bind=engine, future=True)()
                    yield session
                    session.rollback()
                    session.close()
                """.formatted(ctx.modelsPackage());
    }
}
