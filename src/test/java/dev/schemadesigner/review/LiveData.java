package dev.schemadesigner.review;

import java.util.ArrayList;
import java.util.List;

/**
 * Tables with data for reviewing a live database, in SQL both PostgreSQL and MariaDB run: where a
 * dependency holds on every row, and near misses where the values vary.
 */
final class LiveData {
    private LiveData() {}

    private static final String[] CITIES = {"Lyon", "Oslo", "Quito"};

    /**
     * {@code orders}: 40 orders of 8 customers; {@code customer_city} and {@code region_code} follow
     * {@code customer_id}. {@code shipments}: the same shape, but a customer's city changes from row to row.
     */
    static List<String> orders() {
        List<String> sql = new ArrayList<>();
        sql.add("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, customer_city VARCHAR(50) NOT NULL, "
                + "region_code VARCHAR(10) NOT NULL, status VARCHAR(20) NOT NULL, total DECIMAL(10,2) NOT NULL)");
        sql.add("CREATE TABLE shipments (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, customer_city VARCHAR(50) NOT NULL, "
                + "carrier VARCHAR(20) NOT NULL)");
        List<String> orders = new ArrayList<>();
        List<String> shipments = new ArrayList<>();
        for (int id = 1; id <= 40; id++) {
            int customer = id % 8 + 1;
            orders.add("(" + id + ", " + customer + ", '" + CITIES[customer % 3] + "', 'R" + customer % 4 + "', '"
                    + (id % 3 == 0 ? "paid" : id % 3 == 1 ? "new" : "shipped") + "', " + (id * 7 + 0.5) + ")");
            shipments.add("(" + id + ", " + customer + ", '" + CITIES[id % 3] + "', 'carrier" + id % 2 + "')");
        }
        sql.add("INSERT INTO orders (id, customer_id, customer_city, region_code, status, total) VALUES " + String.join(", ", orders));
        sql.add("INSERT INTO shipments (id, customer_id, customer_city, carrier) VALUES " + String.join(", ", shipments));
        return sql;
    }

    /**
     * {@code order_items (order_id, product_id)}: 10 orders of 4 of 6 products each; {@code product_name}
     * follows {@code product_id}, {@code quantity} does not. {@code quote_lines}: the same key, but
     * {@code product_label} and {@code unit_price} change from order to order.
     */
    static List<String> orderItems() {
        List<String> sql = new ArrayList<>();
        sql.add("CREATE TABLE order_items (order_id INTEGER NOT NULL, product_id INTEGER NOT NULL, product_name VARCHAR(50) NOT NULL, "
                + "quantity INTEGER NOT NULL, PRIMARY KEY (order_id, product_id))");
        sql.add("CREATE TABLE quote_lines (order_id INTEGER NOT NULL, product_id INTEGER NOT NULL, product_label VARCHAR(50) NOT NULL, "
                + "unit_price DECIMAL(10,2) NOT NULL, PRIMARY KEY (order_id, product_id))");
        List<String> items = new ArrayList<>();
        List<String> quotes = new ArrayList<>();
        for (int order = 1; order <= 10; order++) {
            for (int k = 0; k < 4; k++) {
                int product = (order + k) % 6 + 1;
                items.add("(" + order + ", " + product + ", 'Product " + product + "', " + (order * 3 + k * 5) % 7 + ")");
                quotes.add("(" + order + ", " + product + ", 'Product " + product + " v" + order % 3 + "', " + (product * 10 + order) + ".25)");
            }
        }
        sql.add("INSERT INTO order_items (order_id, product_id, product_name, quantity) VALUES " + String.join(", ", items));
        sql.add("INSERT INTO quote_lines (order_id, product_id, product_label, unit_price) VALUES " + String.join(", ", quotes));
        return sql;
    }

    /** Too few rows to measure anything: the names decide. */
    static List<String> fewRows() {
        List<String> sql = new ArrayList<>();
        sql.add("CREATE TABLE invoices (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL, customer_email VARCHAR(80) NOT NULL)");
        sql.add("INSERT INTO invoices (id, customer_id, customer_email) VALUES (1, 1, 'a@x.org'), (2, 1, 'b@x.org'), (3, 2, 'c@x.org')");
        return sql;
    }
}
