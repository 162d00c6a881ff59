-- Actuals from the finance system (redovisat): the mapping of accounts/objects to verksamheter per nämnd, the actuals
-- per verksamhet and month, and the log of every import.

-- Per nämnd: which object dimension the rules refer to and which accounts are income and costs (Kommun-Bas by default).
create table redovisning_installning (
    id               bigserial primary key,
    namnd_id         bigint not null unique references namnd (id),
    dimension        int    not null check (dimension > 0),
    intakter_fran    int    not null check (intakter_fran >= 0),
    intakter_till    int    not null,
    kostnader_fran   int    not null check (kostnader_fran >= 0),
    kostnader_till   int    not null,
    check (intakter_fran <= intakter_till),
    check (kostnader_fran <= kostnader_till),
    check (intakter_till < kostnader_fran or kostnader_till < intakter_fran)
);

-- A rule: accounts konto_fran..konto_till with the object (any object when null) belong to the verksamhet, or do not
-- belong to the nämnd at all when verksamhet_id is null.
create table redovisning_regel (
    id             bigserial primary key,
    namnd_id       bigint not null references namnd (id),
    konto_fran     int    not null check (konto_fran >= 0),
    konto_till     int    not null,
    objekt         text   check (objekt <> ''),
    verksamhet_id  bigint references verksamhet (id),
    check (konto_fran <= konto_till),
    unique nulls not distinct (namnd_id, konto_fran, konto_till, objekt)
);

create index on redovisning_regel (namnd_id);

-- Actuals per verksamhet and month in kronor: costs positive, income negative (credit), net = the sum.
create table redovisat (
    id             bigserial     primary key,
    verksamhet_id  bigint        not null references verksamhet (id),
    ar             int           not null,
    manad          int           not null check (manad between 1 and 12),
    kostnader      numeric(18,2) not null,
    intakter       numeric(18,2) not null,
    unique (verksamhet_id, ar, manad)
);

create table redovisning_import (
    id             bigserial   primary key,
    tidpunkt       timestamptz not null default now(),
    anvandare      text        not null,
    namnd_id       bigint      not null references namnd (id),
    filnamn        text        not null,
    sha256         varchar(64) not null,
    format         text        not null check (format in ('SIE', 'CSV')),
    teckenkodning  text        not null,
    rader          int         not null,
    forsta_manad   date        not null,
    sista_manad    date        not null,
    manader        int         not null
);

create index on redovisning_import (namnd_id, tidpunkt);
