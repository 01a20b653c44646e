package com.example.crm;

import com.example.common.BaseEntity;
import jakarta.persistence.*;

@Entity
@Table(name = "leads", indexes = @Index(name = "idx_leads_owner_id", columnList = "owner_id"))
public class Lead extends BaseEntity {

    @Column(nullable = false, length = 200)
    private String company;

    @ManyToOne(optional = false)
    @JoinColumn(name = "owner_id", nullable = false)
    @org.hibernate.annotations.OnDelete(action = org.hibernate.annotations.OnDeleteAction.CASCADE)
    private SalesRep owner;
}

@Entity
@Table(name = "sales_reps")
class SalesRep extends BaseEntity {

    @Column(nullable = false, unique = true)
    private String email;
}
