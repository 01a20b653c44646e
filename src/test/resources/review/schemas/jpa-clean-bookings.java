package io.travel.bookings.domain;

import io.travel.common.persistence.AbstractAuditableEntity;
import jakarta.persistence.*;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

@Embeddable
class Money {
    @Column(name = "amount", precision = 12, scale = 2, nullable = false)
    private BigDecimal amount;

    @Column(name = "currency", length = 3, nullable = false)
    private String currency;
}

@Entity
@Table(name = "hotels", uniqueConstraints = @UniqueConstraint(name = "uq_hotels_code", columnNames = "code"))
public class Hotel extends AbstractAuditableEntity {
    @Column(nullable = false, length = 10)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @OneToMany(mappedBy = "hotel", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<Room> rooms = new ArrayList<>();
}

@Entity
@Table(name = "rooms",
       uniqueConstraints = @UniqueConstraint(name = "uq_rooms_hotel_id_room_number", columnNames = {"hotel_id", "room_number"}),
       indexes = @Index(name = "idx_rooms_hotel_id", columnList = "hotel_id"))
class Room extends AbstractAuditableEntity {
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "hotel_id", nullable = false)
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Hotel hotel;

    @Column(name = "room_number", nullable = false, length = 8)
    private String roomNumber;

    @Embedded
    private Money nightlyRate;
}

@Entity
@Table(name = "reservations", indexes = {
        @Index(name = "idx_reservations_room_id_check_in", columnList = "room_id, check_in")})
class Reservation extends AbstractAuditableEntity {
    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "room_id", nullable = false)
    private Room room;

    @Column(name = "check_in", nullable = false)
    private LocalDate checkIn;

    @Column(name = "check_out", nullable = false)
    private LocalDate checkOut;

    @Column(name = "guest_email", nullable = false)
    private String guestEmail;
}
