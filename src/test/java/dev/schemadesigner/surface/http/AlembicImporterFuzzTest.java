package dev.schemadesigner.surface.http;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes the alembic migration source of a review: never a 500, never past its time bound ({@link FuzzedReview}). */
class AlembicImporterFuzzTest {

    @FuzzTest(maxDuration = "20s")
    void answersAnyInputWithoutFailingOrHanging(FuzzedDataProvider data) {
        String dialect = FuzzedReview.DIALECTS[data.consumeInt(0, FuzzedReview.DIALECTS.length - 1)];
        FuzzedReview.migration("alembic", data.consumeRemainingAsString(), dialect);
    }
}
