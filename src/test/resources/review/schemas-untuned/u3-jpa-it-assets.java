package org.example.itam.model;

import jakarta.persistence.*;
import java.time.Instant;
import java.time.LocalDate;

/** Base for every IT-asset-management entity: surrogate key plus audit columns. */
@MappedSuperclass
public abstract class Audited {

    @Id
    @SequenceGenerator(name = "itam_seq", sequenceName = "itam_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "itam_seq")
    protected Long id;

    @Column(name = "created_at", nullable = false, updatable = false)
    protected Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    protected Instant updatedAt;
}

enum AssetCategory { LAPTOP, DESKTOP, MONITOR, PHONE, TABLET, NETWORK, OTHER }

@Entity
@Table(name = "assets",
       uniqueConstraints = @UniqueConstraint(name = "uq_assets_manufacturer_serial_no",
                                             columnNames = {"manufacturer", "serial_no"}))
class Asset extends Audited {

    /** printed on the inventory sticker, e.g. "IT-004211" */
    @Column(name = "asset_tag", nullable = false, length = 16)
    private String assetTag;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 16)
    private AssetCategory category;

    @Column(name = "manufacturer", nullable = false, length = 80)
    private String manufacturer;

    @Column(name = "serial_no", nullable = false, length = 64)
    private String serialNo;

    @Column(name = "hostname", length = 63)
    private String hostname;

    @Column(name = "ipv4_address", length = 15)
    private String ipv4Address;

    @Column(name = "mac_address", length = 17, unique = true)
    private String macAddress;

    /** reported by the MDM agent for laptops, phones and tablets */
    @Column(name = "battery_health_percent")
    private Integer batteryHealthPercent;

    @Column(name = "warranty_expires_on")
    private LocalDate warrantyExpiresOn;
}

@Entity
@Table(name = "asset_assignments",
       indexes = @Index(name = "idx_asset_assignments_asset_id", columnList = "asset_id"))
class AssetAssignment extends Audited {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "asset_id", nullable = false)
    private Asset asset;

    @Column(name = "assignee_email", nullable = false)
    private String assigneeEmail;

    @Column(name = "assigned_on", nullable = false)
    private LocalDate assignedOn;

    /** null while the asset is still out */
    @Column(name = "returned_on")
    private LocalDate returnedOn;
}
