package com.acme.purchasing;

import jakarta.persistence.*;
import org.hibernate.annotations.NaturalId;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@MappedSuperclass
abstract class BaseEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
}

@Embeddable
class Address {
    @Column(name = "street", length = 200)
    private String street;

    @Column(name = "city", length = 100)
    private String city;

    @Column(name = "postal_code", length = 20)
    private String postalCode;

    @Column(name = "country_code", length = 2)
    private String countryCode;
}

enum PoStatus { DRAFT, SENT, CONFIRMED, RECEIVED, CANCELLED }

@Entity
@Table(name = "suppliers", uniqueConstraints = @UniqueConstraint(name = "uq_suppliers_vat_id", columnNames = {"vat_id"}))
public class Supplier extends BaseEntity {
    @Column(name = "vat_id", nullable = false, length = 20)
    private String vatId;

    @NaturalId
    @Column(name = "supplier_code", nullable = false, length = 12)
    private String supplierCode;

    @Column(nullable = false, length = 200)
    private String name;

    @Embedded
    private Address address;

    @OneToMany(mappedBy = "supplier")
    private List<PurchaseOrder> purchaseOrders = new ArrayList<>();
}

@Entity
@Table(name = "purchase_orders")
class PurchaseOrder extends BaseEntity {
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "supplier_id", nullable = false)
    private Supplier supplier;

    @Column(name = "po_number", nullable = false, length = 20)
    private String poNumber;

    @Column(name = "discount_percent", precision = 5, scale = 2)
    private BigDecimal discountPercent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PoStatus status;
}
