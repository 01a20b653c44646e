// Adapted from spring-projects/spring-petclinic at edf4db28affcc4741c79850a3d95bc3f177b5ff9 (Apache-2.0 licence):
// src/main/java/org/springframework/samples/petclinic/{model/BaseEntity,model/NamedEntity,model/Person,owner/Owner,
// owner/Pet,owner/PetType,owner/Visit,vet/Vet,vet/Specialty}.java. The fields and their annotations as published,
// gathered in one source; accessors, validation messages and methods left out.
package org.springframework.samples.petclinic;

import jakarta.persistence.*;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;

@MappedSuperclass
class BaseEntity implements Serializable {
	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Integer id;
}

@MappedSuperclass
class NamedEntity extends BaseEntity {
	@Column
	@NotBlank
	private String name;
}

@MappedSuperclass
class Person extends BaseEntity {
	@Column
	@NotBlank
	private String firstName;

	@Column
	@NotBlank
	private String lastName;
}

@Entity
@Table(name = "owners")
class Owner extends Person {
	@Column
	@NotBlank
	private String address;

	@Column
	@NotBlank
	private String city;

	@Column
	@NotBlank
	@Pattern(regexp = "\\d{10}")
	private String telephone;

	@OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
	@JoinColumn(name = "owner_id")
	@OrderBy("name")
	private final List<Pet> pets = new ArrayList<>();
}

@Entity
@Table(name = "pets")
class Pet extends NamedEntity {
	@Column
	@DateTimeFormat(pattern = "yyyy-MM-dd")
	private LocalDate birthDate;

	@ManyToOne
	@JoinColumn(name = "type_id")
	private PetType type;

	@OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
	@JoinColumn(name = "pet_id")
	@OrderBy("date ASC")
	private final Set<Visit> visits = new LinkedHashSet<>();
}

@Entity
@Table(name = "types")
class PetType extends NamedEntity {
}

@Entity
@Table(name = "visits")
class Visit extends BaseEntity {
	@Column(name = "visit_date")
	@DateTimeFormat(pattern = "yyyy-MM-dd")
	private LocalDate date;

	@NotBlank
	private String description;
}

@Entity
@Table(name = "vets")
class Vet extends Person {
	@ManyToMany(fetch = FetchType.EAGER)
	@JoinTable(name = "vet_specialties", joinColumns = @JoinColumn(name = "vet_id"),
			inverseJoinColumns = @JoinColumn(name = "specialty_id"))
	private Set<Specialty> specialties;
}

@Entity
@Table(name = "specialties")
class Specialty extends NamedEntity {
}
