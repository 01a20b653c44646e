package dev.schemadesigner.verify;

import dev.schemadesigner.TestDatabases;

import java.util.List;

/** The three real databases of this machine as verification targets. */
final class VerifyTargets {
    private VerifyTargets() {}

    static List<VerifyTarget> all() {
        return List.of(VerifyTarget.sqlite(), VerifyTarget.postgres(TestDatabases.postgresUrl()), VerifyTarget.mariadb(TestDatabases.mariadbUrl()));
    }
}
