package dev.schemadesigner.surface.http;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/** Fuzzes a review request's JSON body: never a 500, never past its time bound ({@link FuzzedReview}). */
class JsonBodyFuzzTest {

    @FuzzTest(maxDuration = "20s")
    void answersAnyBodyWithoutFailingOrHanging(FuzzedDataProvider data) {
        FuzzedReview.body(data.consumeRemainingAsString());
    }
}
