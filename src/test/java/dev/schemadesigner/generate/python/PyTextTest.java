package dev.schemadesigner.generate.python;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PyTextTest {

    @Test
    void namesModelsAfterTheSingularOfTheTable() {
        assertThat(PyText.className("pain_points")).isEqualTo("PainPoint");
        assertThat(PyText.className("feedback_analysis")).isEqualTo("FeedbackAnalysis");
        assertThat(PyText.className("categories")).isEqualTo("Category");
        assertThat(PyText.className("addresses")).isEqualTo("Address");
        assertThat(PyText.className("customer_timeline")).isEqualTo("CustomerTimeline");
        assertThat(PyText.moduleName("order_items")).isEqualTo("order_item");
    }

    @Test
    void escapesStringsAndBindParameterColons() {
        assertThat(PyText.str("say \"hi\"\n")).isEqualTo("\"say \\\"hi\\\"\\n\"");
        assertThat(PyText.sqlText("SELECT '10:00'::time")).isEqualTo("\"SELECT '10\\\\:00'\\\\:\\\\:time\"");
        assertThat(PyText.memberName("in progress")).isEqualTo("IN_PROGRESS");
        assertThat(PyText.memberName("1st")).isEqualTo("V_1ST");
    }

    @Test
    void sortsImportsLikeIsort() {
        Imports imports = new Imports("app");
        imports.from("sqlalchemy", "String", "JSON", "text", "Column").from("typing", "Optional").add("uuid")
                .from("app.domain.models.base", "BaseModel").from("sqlalchemy.orm", "relationship", "Mapped");
        assertThat(imports.render()).isEqualTo("""
                import uuid
                from typing import Optional

                from sqlalchemy import JSON, Column, String, text
                from sqlalchemy.orm import Mapped, relationship

                from app.domain.models.base import BaseModel
                """);
    }
}
