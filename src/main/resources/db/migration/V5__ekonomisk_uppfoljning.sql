-- The economy follow-up of a year: the follow-up budget per verksamhet (the year's possibly revised budget, with an
-- optional split into costs and income and an optional monthly profile), full-year forecasts per verksamhet or for
-- the whole nämnd (never overwritten: every save is a new row, the highest löpnummer is current), and the year's
-- investment objects with their frame, actuals and forecasts. Amounts in kronor; costs and expenditure positive,
-- income negative, as in the ledger.

create table uppfoljningsbudget (
    id             bigserial     primary key,
    verksamhet_id  bigint        not null references verksamhet (id),
    ar             int           not null,
    netto          numeric(18,2) not null,
    kostnader      numeric(18,2),
    intakter       numeric(18,2),
    ordning        int           not null,
    version        int           not null default 0,
    check ((kostnader is null) = (intakter is null)),
    check (kostnader is null or kostnader + intakter = netto),
    unique (verksamhet_id, ar)
);

-- A monthly profile: twelve amounts that add up to the year's budget (periodised budget = the months so far).
create table uppfoljningsbudget_manad (
    uppfoljningsbudget_id  bigint        not null references uppfoljningsbudget (id) on delete cascade,
    manad                  int           not null check (manad between 1 and 12),
    belopp                 numeric(18,2) not null,
    primary key (uppfoljningsbudget_id, manad)
);

-- A full-year forecast made in a month (at a follow-up point, or in a month between two points); verksamhet_id null
-- is a forecast for the whole nämnd including its internal units. Two saves from the same version collide on the
-- unique key: that is the optimistic lock.
create table prognos (
    id                    bigserial     primary key,
    namnd_id              bigint        not null references namnd (id),
    verksamhet_id         bigint        references verksamhet (id),
    ar                    int           not null,
    manad                 int           not null check (manad between 1 and 12),
    uppfoljningspunkt_id  bigint        not null references uppfoljningspunkt (id),
    lopnummer             int           not null check (lopnummer > 0),
    netto                 numeric(18,2) not null,
    kostnader             numeric(18,2),
    intakter              numeric(18,2),
    kommentar             text,
    skapad                timestamptz   not null,
    skapad_av             text          not null,
    check ((kostnader is null) = (intakter is null)),
    check (kostnader is null or kostnader + intakter = netto),
    unique nulls not distinct (namnd_id, verksamhet_id, ar, manad, lopnummer)
);

create index on prognos (namnd_id, ar);

-- An investment object followed up in a year, with the year's frame (investeringsram).
create table investeringsobjekt (
    id             bigserial     primary key,
    namnd_id       bigint        not null references namnd (id),
    ar             int           not null,
    kod            text          not null,
    namn           text          not null,
    ram            numeric(18,2) not null,
    ram_utgifter   numeric(18,2),
    ram_inkomster  numeric(18,2),
    ordning        int           not null,
    version        int           not null default 0,
    check ((ram_utgifter is null) = (ram_inkomster is null)),
    check (ram_utgifter is null or ram_utgifter + ram_inkomster = ram),
    unique (namnd_id, ar, kod)
);

-- What an investment has cost and brought in so far and the forecast for the year, as of a month; history as prognos.
create table investeringsprognos (
    id                     bigserial     primary key,
    investeringsobjekt_id  bigint        not null references investeringsobjekt (id),
    manad                  int           not null check (manad between 1 and 12),
    uppfoljningspunkt_id   bigint        not null references uppfoljningspunkt (id),
    lopnummer              int           not null check (lopnummer > 0),
    redovisat_utgifter     numeric(18,2) not null,
    redovisat_inkomster    numeric(18,2) not null,
    prognos_utgifter       numeric(18,2) not null,
    prognos_inkomster      numeric(18,2) not null,
    kommentar              text,
    skapad                 timestamptz   not null,
    skapad_av              text          not null,
    unique (investeringsobjekt_id, manad, lopnummer)
);
