-- Follow-up points per municipality and year, and each committee's status at each point.
create table uppfoljningspunkt (
    id         bigserial primary key,
    kommun_id  bigint not null references kommun (id),
    ar         int    not null,
    manad      int    not null check (manad between 1 and 12),
    typ        text   not null check (typ in ('DELAR', 'PROGNOS', 'HELAR')),
    namn       text   not null,
    sista_dag  date,
    unique (kommun_id, ar, manad)
);

create table namnd_uppfoljning (
    id                   bigserial primary key,
    namnd_id             bigint not null references namnd (id),
    uppfoljningspunkt_id bigint not null references uppfoljningspunkt (id),
    status               text   not null default 'OPPEN' check (status in ('OPPEN', 'INLAMNAD', 'FASTSTALLD')),
    version              int    not null default 0,
    unique (namnd_id, uppfoljningspunkt_id)
);

-- Where an outcome comes from (Treserva, Accorda, Kolada …), entered with the outcome.
alter table utfall add column kalla text;
