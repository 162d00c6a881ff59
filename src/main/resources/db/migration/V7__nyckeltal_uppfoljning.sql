-- Volymmått and personal key figures followed up per follow-up point: the value at the month and the full-year forecast.
create table nyckeltal_utfall (
    id            bigserial primary key,
    nyckeltal_id  bigint  not null references nyckeltal (id),
    ar            int     not null,
    manad         int     not null check (manad between 1 and 12),
    varde         numeric(18, 4),
    prognos_helar numeric(18, 4),
    kommentar     text,
    version       int     not null default 0,
    unique (nyckeltal_id, ar, manad)
);
