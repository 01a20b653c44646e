package dev.schemadesigner.plan;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a column's name means in the five languages, read from the words of the name
 * ({@code precio_unitario}, {@code einkaufspreis}, {@code montant_centimes}, {@code descricao}), for the
 * names {@link ColumnInference} knows only in English.
 */
final class AttributeWords {
    private AttributeWords() {}

    private static final Set<String> MONEY = Set.of("price", "prices", "amount", "cost", "fee", "fees", "salary", "wage", "premium", "gross", "net", "fare",
            "precio", "importe", "monto", "costo", "coste", "tarifa", "salario", "sueldo", "pago", "saldo",
            "preis", "betrag", "kosten", "gehalt", "lohn", "gebuhr", "summe",
            "prix", "montant", "cout", "tarif", "salaire", "frais", "solde",
            "preco", "valor", "custo", "taxa");
    /** German compounds end in the money word: einkaufspreis, gesamtbetrag, versandkosten. */
    private static final List<String> MONEY_ENDINGS = List.of("preis", "betrag", "kosten", "gehalt", "gebuhr");
    private static final Set<String> CENTS = Set.of("cents", "cent", "centimos", "centavos", "centimes", "centimo", "centavo", "centime");
    private static final Set<String> LONG_TEXT = Set.of("descripcion", "descricao", "beschreibung", "notas", "notizen", "texto", "texte", "commentaire",
            "comentario", "kommentar", "mensaje", "mensagem", "nachricht", "contenido", "conteudo", "contenu", "inhalt", "resumen", "resumo", "resume",
            "biografia", "biographie", "instrucciones", "instrucoes", "anmerkungen", "observaciones", "observacoes", "preparo", "preparacion");
    private static final Set<String> DATES = Set.of("fecha", "datum", "naissance", "nacimiento", "nascimento", "vencimiento", "vencimento", "echeance",
            "cumpleanos", "aniversario", "anniversaire", "geburtstag");
    private static final Set<String> YES = Set.of("yes", "true", "si", "ja", "oui", "sim", "on", "y");
    private static final Set<String> NO = Set.of("no", "false", "nein", "non", "nao", "off", "n");

    private static List<String> words(String name) { return List.of(AttributeReader.name(name).split("_")); }

    /** Whole cents: a word of the name says cents ("montant_centimes"). */
    static boolean isCents(String name) { return words(name).stream().anyMatch(CENTS::contains); }

    /** Money: the last word of the name is a money word ("precio_unitario" keeps its first), or ends a German compound. */
    static boolean isMoney(String name) {
        List<String> w = words(name);
        if (w.stream().anyMatch(MONEY::contains) && !w.get(w.size() - 1).matches("id|at|on|date|count|type|currency|moneda|wahrung|devise|moeda")) return true;
        String last = w.get(w.size() - 1);
        return last.equals("value") && w.size() > 1 || MONEY_ENDINGS.stream().anyMatch(e -> last.endsWith(e) && last.length() > e.length() + 2);
    }

    /** A date: "fecha_nacimiento", "geburtsdatum", "data_nascimento", "date_naissance". */
    static boolean isDate(String name) {
        List<String> w = words(name);
        return w.stream().anyMatch(x -> DATES.contains(x) || x.endsWith("datum") || x.equals("date")) || w.size() > 1 && w.get(0).equals("data");
    }

    static boolean isLongText(String name) {
        List<String> w = words(name);
        return LONG_TEXT.contains(w.get(0)) || LONG_TEXT.contains(w.get(w.size() - 1));
    }

    /** "yes/no", "true or false", "sí/no": a flag, not an enum. */
    static boolean isYesNo(List<String> values) {
        if (values.size() != 2) return false;
        // "yes/no flag": the first word of each value
        String a = AttributeReader.name(values.get(0).toLowerCase(Locale.ROOT)).split("_")[0];
        String b = AttributeReader.name(values.get(1).toLowerCase(Locale.ROOT)).split("_")[0];
        return YES.contains(a) && NO.contains(b) || NO.contains(a) && YES.contains(b);
    }
}
