-- Kolada: key-figure values per KPI, municipality (SCB code), year and gender, as imported from Kolada's v3 JSON,
-- and a peer group per municipality for comparisons. Peers need not exist as municipalities in our data, so
-- values and members carry the SCB code, not a reference to kommun.
create table kolada_varde (
    id          bigserial   primary key,
    kpi         text        not null,
    kommun      varchar(4)  not null check (kommun ~ '^[0-9]{4}$'),
    period      int         not null,
    kon         text        not null check (kon in ('T', 'K', 'M')),
    varde       numeric,    -- null: Kolada has the row but no value (e.g. too few to show)
    antal       int,
    status      text,
    importerad  timestamptz not null,
    kalla       text        not null, -- the file name or URL it was read from
    unique (kpi, kommun, period, kon)
);

create index on kolada_varde (kommun, kpi);

create table jamforelsegrupp (
    id         bigserial primary key,
    kommun_id  bigint    not null unique references kommun (id),
    namn       text      not null
);

create table jamforelsegrupp_medlem (
    jamforelsegrupp_id bigint     not null references jamforelsegrupp (id) on delete cascade,
    scb_kod            varchar(4) not null check (scb_kod ~ '^[0-9]{4}$'),
    namn               text       not null,
    ordning            int        not null,
    primary key (jamforelsegrupp_id, scb_kod)
);
