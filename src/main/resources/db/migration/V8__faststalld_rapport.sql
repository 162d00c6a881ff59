-- Adopted reports: the report as it was when the nämnd adopted it, frozen. The document as canonical JSON, its
-- rendered HTML and PDF, and the SHA-256 of the JSON; the database itself refuses to change or remove a row.
create table faststalld_rapport (
    id                   bigserial   primary key,
    namnd_id             bigint      not null references namnd (id),
    rapporttyp           text        not null check (rapporttyp in ('DELARSRAPPORT', 'INTERNBUDGET')),
    ar                   int         not null,
    -- the follow-up point of a delårsrapport; an internbudget has none
    uppfoljningspunkt_id bigint      references uppfoljningspunkt (id),
    titel                text        not null,
    beslutsdatum         date        not null,
    paragraf             text        not null check (btrim(paragraf) <> ''),
    kommentar            text,
    faststalld_av        text        not null,
    faststalld_tid       timestamptz not null default now(),
    dokument_json        text        not null,
    html                 text        not null,
    pdf                  bytea       not null,
    sha256               text        not null,
    check ((rapporttyp = 'DELARSRAPPORT') = (uppfoljningspunkt_id is not null)),
    -- the fingerprint is the JSON's, always
    check (sha256 = encode(sha256(convert_to(dokument_json, 'UTF8')), 'hex'))
);

-- One adoption per report: per committee and follow-up point, or per committee and year for an internbudget.
create unique index faststalld_delarsrapport_en_gang on faststalld_rapport (namnd_id, uppfoljningspunkt_id)
    where rapporttyp = 'DELARSRAPPORT';
create unique index faststalld_internbudget_en_gang on faststalld_rapport (namnd_id, ar)
    where rapporttyp = 'INTERNBUDGET';
create index on faststalld_rapport (namnd_id, ar);

-- Publishing an adopted report: who and when; never withdrawn by editing.
create table rapport_publicering (
    id                    bigserial   primary key,
    faststalld_rapport_id bigint      not null unique references faststalld_rapport (id),
    publicerad_av         text        not null,
    publicerad_tid        timestamptz not null default now()
);

create function faststalld_andras_aldrig() returns trigger
    language plpgsql as
$$
begin
    raise exception 'Fastställda rapporter ändras aldrig: % i % är inte tillåtet', tg_op, tg_table_name
        using errcode = 'integrity_constraint_violation',
              hint = 'Rätta underlaget och fastställ nästa rapport i stället.';
end;
$$;

create trigger faststalld_rapport_andras_aldrig
    before update or delete on faststalld_rapport
    for each row execute function faststalld_andras_aldrig();
create trigger faststalld_rapport_toms_aldrig
    before truncate on faststalld_rapport
    for each statement execute function faststalld_andras_aldrig();
create trigger rapport_publicering_andras_aldrig
    before update or delete on rapport_publicering
    for each row execute function faststalld_andras_aldrig();
create trigger rapport_publicering_toms_aldrig
    before truncate on rapport_publicering
    for each statement execute function faststalld_andras_aldrig();
