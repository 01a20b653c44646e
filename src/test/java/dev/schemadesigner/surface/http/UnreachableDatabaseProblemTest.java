package dev.schemadesigner.surface.http;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

class UnreachableDatabaseProblemTest {

    @Test
    void aLostOrRefusedDatabaseConnectionIsAServiceUnavailable() {
        // a broken connection (08006), a server ending it (57P01), the pool's wait running out, wrapped as the store wraps them
        for (Exception cause : new Exception[]{new SQLException("I/O error", "08006"), new SQLException("terminating connection", "57P01"),
                new SQLTransientConnectionException("sd-store - Connection is not available")}) {
            Problems.Problem problem = Problems.describe(new RuntimeException("store update failed (INSERT)", cause));

            assertThat(problem.status()).as(cause.getMessage()).isEqualTo(503);
            assertThat(problem.detail()).contains("send it again");
        }
    }

    @Test
    void anyOtherDatabaseErrorStaysAnInternalError() {
        Problems.Problem problem = Problems.describe(new RuntimeException("store update failed (INSERT)",
                new SQLException("duplicate key value violates unique constraint", "23505")));

        assertThat(problem.status()).isEqualTo(500);
    }
}
