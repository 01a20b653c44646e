-- a payroll schema in the classic style: names and places copied where they are used
CREATE TABLE departments (
    dept_no     char(4) PRIMARY KEY,
    dept_name   varchar(40) NOT NULL UNIQUE,
    location    varchar(60)
);

CREATE TABLE employees (
    emp_no          integer PRIMARY KEY,
    birth_date      date NOT NULL,
    first_name      varchar(14) NOT NULL,
    last_name       varchar(16) NOT NULL,
    hire_date       date NOT NULL,
    dept_no         char(4) NOT NULL REFERENCES departments (dept_no),
    dept_name       varchar(40),
    zip_code        varchar(10),
    city            varchar(60),
    state           char(2),
    salary          double precision NOT NULL
);
CREATE INDEX employees_dept_no_idx ON employees (dept_no);

CREATE TABLE salaries (
    emp_no      integer NOT NULL REFERENCES employees (emp_no) ON DELETE CASCADE,
    from_date   date NOT NULL,
    to_date     date NOT NULL,
    amount      numeric(10, 2) NOT NULL,
    PRIMARY KEY (emp_no, from_date)
);
