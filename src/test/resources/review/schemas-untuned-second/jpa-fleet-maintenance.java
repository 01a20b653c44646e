package com.acme.fleet.domain;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/*
 * Fleet management for a delivery company: vehicles, drivers, trips, maintenance and fuel.
 * Hibernate 6 on PostgreSQL. Schema is generated from these entities (ddl-auto=validate in prod).
 */

enum VehicleStatus { ACTIVE, IN_SERVICE, RETIRED }

enum MaintenanceKind { INSPECTION, OIL_CHANGE, TYRES, BRAKES, REPAIR }

@Entity
@Table(name = "vehicles")
class Vehicle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Vehicle Identification Number, 17 characters, one per vehicle for its whole life. */
    @Column(name = "vin", nullable = false, length = 17)
    private String vin;

    @Column(name = "license_plate", nullable = false, length = 12)
    private String licensePlate;

    @Column(name = "make", nullable = false, length = 60)
    private String make;

    @Column(name = "model", nullable = false, length = 60)
    private String model;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private VehicleStatus status = VehicleStatus.ACTIVE;

    @OneToMany(mappedBy = "vehicle", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<MaintenanceRecord> maintenanceRecords = new ArrayList<>();

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
}

@Entity
@Table(name = "drivers",
       uniqueConstraints = @UniqueConstraint(name = "uq_drivers_license_number", columnNames = "license_number"))
class Driver {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "full_name", nullable = false, length = 160)
    private String fullName;

    @Column(name = "license_number", nullable = false, length = 20)
    private String licenseNumber;

    @Column(name = "license_expires_on", nullable = false)
    private LocalDate licenseExpiresOn;

    /** Contact for shift changes; agency drivers share the dispatch address of their agency. */
    @Column(name = "contact_email", length = 254)
    private String contactEmail;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
}

@Entity
@Table(name = "trips", indexes = {
        @Index(name = "idx_trips_vehicle_id_started_at", columnList = "vehicle_id, started_at"),
        @Index(name = "idx_trips_driver_id", columnList = "driver_id")
})
class Trip {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vehicle_id", nullable = false)
    private Vehicle vehicle;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "driver_id")
    private Driver driver;

    @Column(name = "started_at", nullable = false)
    private OffsetDateTime startedAt;

    @Column(name = "ended_at")
    private OffsetDateTime endedAt;

    @Column(name = "distance_km", precision = 8, scale = 1)
    private BigDecimal distanceKm;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
}

@Entity
@Table(name = "maintenance_records", indexes = {
        @Index(name = "idx_maintenance_records_vehicle_id_performed_on", columnList = "vehicle_id, performed_on")
})
class MaintenanceRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vehicle_id", nullable = false)
    private Vehicle vehicle;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private MaintenanceKind kind;

    @Column(name = "performed_on", nullable = false)
    private LocalDate performedOn;

    @Column(name = "odometer_km", nullable = false)
    private Integer odometerKm;

    @Column(name = "cost", nullable = false, precision = 10, scale = 2)
    private BigDecimal cost;

    @Column(name = "notes", length = 2000)
    private String notes;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
}

@Entity
@Table(name = "fuel_logs", indexes = {
        @Index(name = "idx_fuel_logs_vehicle_id_filled_at", columnList = "vehicle_id, filled_at")
})
class FuelLog {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "vehicle_id", nullable = false)
    private Vehicle vehicle;

    @Column(name = "filled_at", nullable = false)
    private OffsetDateTime filledAt;

    @Column(name = "liters", nullable = false, precision = 7, scale = 2)
    private BigDecimal liters;

    @Column(name = "cost", nullable = false)
    private double cost;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;
}
