package io.tablestack.orders.entity;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.Check;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.annotations.UpdateTimestamp;

/*
 * Point of sale for restaurant chains: restaurants, menus, orders and order lines.
 * Hibernate 6 on PostgreSQL.
 */

@Entity
@Table(name = "restaurants")
class Restaurant {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "slug", nullable = false, unique = true, length = 80)
    private String slug;

    @Column(name = "name", nullable = false, length = 160)
    private String name;

    @Column(name = "timezone", nullable = false, length = 64)
    private String timezone;

    @Column(name = "address_line1", nullable = false, length = 200)
    private String addressLine1;

    @Column(name = "address_line2", length = 200)
    private String addressLine2;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
}

@Entity
@Table(name = "menu_items", indexes = @Index(name = "idx_menu_items_restaurant_id", columnList = "restaurant_id"))
class MenuItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "restaurant_id", nullable = false)
    private Restaurant restaurant;

    @Column(name = "name", nullable = false, length = 160)
    private String name;

    @Column(name = "description", length = 1000)
    private String description;

    @Check(constraints = "price >= 0")
    @Column(name = "price", nullable = false, precision = 8, scale = 2)
    private BigDecimal price;

    /** Comma-separated allergen codes, e.g. "gluten,milk,nuts"; the guest app filters on them. */
    @Column(name = "allergens", length = 200)
    private String allergens;

    @Column(name = "available", nullable = false)
    private boolean available = true;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
}

@Entity
@Table(name = "orders", indexes = {
        @Index(name = "idx_orders_restaurant_id", columnList = "restaurant_id"),
        @Index(name = "idx_orders_paid", columnList = "paid")
})
class Order {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "restaurant_id", nullable = false)
    private Restaurant restaurant;

    /** "DINE_IN", "TAKEAWAY" or "DELIVERY". */
    @Column(name = "order_type", nullable = false, length = 16)
    private String orderType;

    /** The table sign for dine-in orders, e.g. "T12" or "Bar 3"; NULL otherwise. */
    @Column(name = "table_label", length = 16)
    private String tableLabel;

    @Column(name = "paid", nullable = false)
    private boolean paid;

    @Column(name = "total", nullable = false, precision = 10, scale = 2)
    private BigDecimal total;

    @Column(name = "placed_at", nullable = false)
    private OffsetDateTime placedAt;

    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<OrderLine> lines = new ArrayList<>();

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
}

@Entity
@Table(name = "order_lines", indexes = {
        @Index(name = "idx_order_lines_order_id", columnList = "order_id"),
        @Index(name = "idx_order_lines_menu_item_id", columnList = "menu_item_id")
})
@Check(constraints = "quantity > 0")
class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Order order;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "menu_item_id", nullable = false)
    private MenuItem menuItem;

    /** Name and price as rung up; the menu changes every season, receipts must not. */
    @Column(name = "item_name", nullable = false, length = 160)
    private String itemName;

    @Column(name = "unit_price", nullable = false, precision = 8, scale = 2)
    private BigDecimal unitPrice;

    @Column(name = "quantity", nullable = false)
    private int quantity;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
}
