-- Audit trail: every change to follow-up data, written in the same transaction as the change.
create table andring (
    id          bigserial   primary key,
    tidpunkt    timestamptz not null default now(),
    anvandare   text        not null,
    objekttyp   text        not null,
    objekt_id   bigint      not null,
    falt        text        not null,
    gammalt     text,
    nytt        text,
    namnd_id    bigint      references namnd (id)
);

create index on andring (objekttyp, objekt_id, tidpunkt);
create index on andring (namnd_id, tidpunkt);
