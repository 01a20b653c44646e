-- HR and payroll (MariaDB 10.6): departments, employees, leave requests and monthly payslips.

CREATE TABLE departments (
    id          INT UNSIGNED NOT NULL AUTO_INCREMENT,
    code        VARCHAR(10)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    cost_center VARCHAR(20)  NOT NULL,
    created_at  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    UNIQUE KEY uq_departments_code (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE employees (
    id                          INT UNSIGNED NOT NULL AUTO_INCREMENT,
    employee_number             VARCHAR(20)  NOT NULL,
    department_id               INT UNSIGNED NOT NULL,
    department_name             VARCHAR(100) NOT NULL,
    -- NULL only for the managing director
    manager_id                  INT UNSIGNED NULL,
    first_name                  VARCHAR(80)  NOT NULL,
    last_name                   VARCHAR(80)  NOT NULL,
    work_email                  VARCHAR(255) NOT NULL,
    -- for references and certificates after a leaver has left and the work mailbox is closed, not a login
    personal_email              VARCHAR(255) NULL,
    hire_date                   DATE         NOT NULL,
    termination_date            DATE         NULL,
    iban                        VARCHAR(34)  NULL,
    bic                         VARCHAR(11)  NULL,
    bank_name                   VARCHAR(120) NULL,
    tax_id                      VARCHAR(20)  NULL,
    tax_class                   TINYINT UNSIGNED NULL,
    church_tax                  TINYINT(1)   NOT NULL DEFAULT 0,
    health_insurer              VARCHAR(120) NULL,
    emergency_contact_name      VARCHAR(160) NULL,
    emergency_contact_phone     VARCHAR(40)  NULL,
    emergency_contact_relation  VARCHAR(40)  NULL,
    created_at                  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at                  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    UNIQUE KEY uq_employees_employee_number (employee_number),
    UNIQUE KEY uq_employees_work_email (work_email),
    UNIQUE KEY uq_employees_tax_id (tax_id),
    KEY idx_employees_department_id (department_id),
    KEY idx_employees_manager_id (manager_id),
    CONSTRAINT fk_employees_department FOREIGN KEY (department_id) REFERENCES departments (id) ON DELETE RESTRICT,
    CONSTRAINT fk_employees_manager FOREIGN KEY (manager_id) REFERENCES employees (id) ON DELETE SET NULL,
    CONSTRAINT chk_employees_tax_class CHECK (tax_class BETWEEN 1 AND 6)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE leave_requests (
    id          INT UNSIGNED NOT NULL AUTO_INCREMENT,
    employee_id INT UNSIGNED NOT NULL,
    -- set when a manager picks the request up
    approver_id INT UNSIGNED NULL,
    leave_type  ENUM('annual','sick','parental','unpaid') NOT NULL,
    status      VARCHAR(20)  NOT NULL DEFAULT 'pending',
    start_date  DATE         NOT NULL,
    end_date    DATE         NOT NULL,
    comment     VARCHAR(500) NULL,
    created_at  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at  DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    KEY idx_leave_requests_employee_id_start_date (employee_id, start_date),
    KEY idx_leave_requests_approver_id (approver_id),
    CONSTRAINT fk_leave_requests_employee FOREIGN KEY (employee_id) REFERENCES employees (id) ON DELETE CASCADE,
    CONSTRAINT fk_leave_requests_approver FOREIGN KEY (approver_id) REFERENCES employees (id) ON DELETE SET NULL,
    CONSTRAINT chk_leave_requests_dates CHECK (end_date >= start_date)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

CREATE TABLE payslips (
    id              INT UNSIGNED NOT NULL AUTO_INCREMENT,
    employee_id     INT UNSIGNED NOT NULL,
    period_start    DATE         NOT NULL,
    period_end      DATE         NOT NULL,
    gross_amount    FLOAT        NOT NULL,
    net_amount      FLOAT        NOT NULL,
    currency        CHAR(3)      NOT NULL DEFAULT 'EUR',
    paid_at         DATETIME     NULL,
    created_at      DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP,
    updated_at      DATETIME     NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
    PRIMARY KEY (id),
    UNIQUE KEY uq_payslips_employee_id_period_start (employee_id, period_start),
    CONSTRAINT fk_payslips_employee FOREIGN KEY (employee_id) REFERENCES employees (id) ON DELETE RESTRICT
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
