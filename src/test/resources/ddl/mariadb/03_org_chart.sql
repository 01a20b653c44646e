-- Org chart (MariaDB): the departments ↔ employees cycle is closed by ALTER TABLE.
CREATE TABLE departments (
    id         INT          NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name       VARCHAR(100) NOT NULL,
    manager_id INT,
    CONSTRAINT uq_departments_name UNIQUE (name)
) ENGINE=InnoDB;

CREATE TABLE employees (
    id            INT          NOT NULL AUTO_INCREMENT PRIMARY KEY,
    department_id INT          NOT NULL,
    manager_id    INT,
    full_name     VARCHAR(200) NOT NULL,
    hired_on      DATE         NOT NULL DEFAULT (CURRENT_DATE),
    KEY idx_employees_department_id (department_id),
    KEY idx_employees_manager_id (manager_id),
    CONSTRAINT fk_employees_department_id FOREIGN KEY (department_id) REFERENCES departments (id),
    CONSTRAINT fk_employees_manager_id FOREIGN KEY (manager_id) REFERENCES employees (id) ON DELETE SET NULL
) ENGINE=InnoDB;

ALTER TABLE departments
    ADD INDEX idx_departments_manager_id (manager_id),
    ADD CONSTRAINT fk_departments_manager_id FOREIGN KEY (manager_id) REFERENCES employees (id) ON DELETE SET NULL;
