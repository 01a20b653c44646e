package dev.schemadesigner.importer.python;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class PythonParserTest {

    @Test
    void keepsTheBodiesOfCompoundStatementsAndTheContextManagersOfAWith() {
        // given
        String source = String.join("\n",
                "def upgrade():",
                "    async with op.batch_alter_table('t') as batch_op, other():",
                "        batch_op.drop_column('c')",
                "    for i in range(3):",
                "        op.execute('UPDATE t SET a = 1')",
                "    match = re.match('a', b)",
                "");
        // when
        PyStatement.FunctionDef upgrade = (PyStatement.FunctionDef) PythonParser.parse(source).get(0);
        // then
        List<PyStatement> body = upgrade.body();
        PyStatement.Block with = (PyStatement.Block) body.get(0);
        assertThat(with.keyword()).isEqualTo("with");
        assertThat(with.items()).hasSize(2);
        assertThat(((PyExpr.Call) with.items().get(0).context()).calleeText()).isEqualTo("op.batch_alter_table");
        assertThat(with.items().get(0).target().flatMap(PyExpr::dotted)).contains("batch_op");
        assertThat(with.body()).singleElement().isInstanceOf(PyStatement.Expression.class);
        assertThat(((PyStatement.Block) body.get(1)).header()).isEqualTo("for i in range(3)");
        assertThat(body.get(2)).isInstanceOf(PyStatement.Assign.class);
    }

    @Test
    void namesACallChainAndKeepsAnFStringAsWritten() {
        PyStatement.Expression e = (PyStatement.Expression) PythonParser.parse("op.get_context().autocommit_block(f'a\\n{b}')\n").get(0);
        PyExpr.Call call = (PyExpr.Call) e.value();
        assertThat(call.calleeText()).isEqualTo("op.get_context().autocommit_block");
        assertThat(call.function()).isEqualTo("autocommit_block");
        PyExpr.Str s = (PyExpr.Str) call.arg(0).orElseThrow();
        assertThat(s.formatted()).isTrue();
        assertThat(s.value()).isEqualTo("a\\n{b}");
    }

    @Test
    void readsAFunctionWithAnnotatedParametersAndAReturnAnnotation() {
        List<PyStatement> module = PythonParser.parse("def f(x: str, *, y: dict[str, int] = {}) -> str:\n    return x\nz = 1\n");
        assertThat(module).hasSize(2);
        PyStatement.FunctionDef f = (PyStatement.FunctionDef) module.get(0);
        assertThat(f.name()).isEqualTo("f");
        assertThat(f.body()).singleElement().isInstanceOf(PyStatement.Return.class);
    }

    @Test
    void readsPython312FStringsWhoseFieldsHoldTheStringsOwnQuote() {
        // PEP 701; the python here may be older, so this is not compared with ast
        PyStatement.Expression e = (PyStatement.Expression) PythonParser.parse("print(f\"{d[\"k\"]} {\", \".join(xs)}\")\n").get(0);
        PyExpr.Str s = (PyExpr.Str) ((PyExpr.Call) e.value()).arg(0).orElseThrow();
        assertThat(s.value()).isEqualTo("{d[\"k\"]} {\", \".join(xs)}");
    }

    @Test
    void reportsAnUnexpectedIndentAtItsColumn() {
        PythonSyntaxException e = catchThrowableOfType(() -> PythonParser.parse("x = 1\n      y = 2\n"), PythonSyntaxException.class);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(7);
        assertThat(e.detail()).isEqualTo("unexpected indent");
    }
}
