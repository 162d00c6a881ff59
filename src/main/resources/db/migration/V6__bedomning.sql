-- Goal-fulfilment assessment per nämndmål and follow-up point: the status the indicators proposed when it was saved,
-- the final status a person set, the motivation (required when they differ), analysis, "urval resultat" and
-- deviations in planned activities (both lists of short points).
create table bedomning (
    id                   bigserial primary key,
    namndmal_id          bigint not null references namndmal (id),
    uppfoljningspunkt_id bigint not null references uppfoljningspunkt (id),
    forslag              text   not null check (forslag in ('UPPFYLLS', 'UPPFYLLS_DELVIS', 'UPPFYLLS_EJ', 'KAN_EJ_BEDOMAS')),
    status               text   not null check (status in ('UPPFYLLS', 'UPPFYLLS_DELVIS', 'UPPFYLLS_EJ', 'KAN_EJ_BEDOMAS')),
    motivering           text,
    analys               text,
    urval_resultat       text[] not null default '{}',
    avvikelser           text[] not null default '{}',
    version              int    not null default 0,
    unique (namndmal_id, uppfoljningspunkt_id)
);

-- The report's texts per committee and follow-up point: samlad bedömning, händelser av väsentlig betydelse,
-- förväntad utveckling, and a comment per verksamhet. Plain text: paragraphs and "- " bullet lines.
create table rapporttext (
    id                   bigserial primary key,
    namnd_id             bigint not null references namnd (id),
    uppfoljningspunkt_id bigint not null references uppfoljningspunkt (id),
    avsnitt              text   not null check (avsnitt in ('SAMLAD_BEDOMNING', 'HANDELSER', 'FORVANTAD_UTVECKLING', 'VERKSAMHET')),
    verksamhet_id        bigint references verksamhet (id),
    text                 text,
    version              int    not null default 0,
    check ((avsnitt = 'VERKSAMHET') = (verksamhet_id is not null)),
    unique nulls not distinct (namnd_id, uppfoljningspunkt_id, avsnitt, verksamhet_id)
);

-- The committee's verksamhetsplan activities and internkontroll moments for a year, in their order.
create table planpost (
    id        bigserial primary key,
    namnd_id  bigint not null references namnd (id),
    ar        int    not null,
    slag      text   not null check (slag in ('AKTIVITET', 'KONTROLLMOMENT')),
    text      text   not null,
    ordning   int    not null,
    unique (namnd_id, ar, slag, text)
);

-- Status and comment of an activity or kontrollmoment at a follow-up point.
create table planpost_status (
    id                   bigserial primary key,
    planpost_id          bigint not null references planpost (id),
    uppfoljningspunkt_id bigint not null references uppfoljningspunkt (id),
    status               text   not null check (status in ('EJ_PABORJAD', 'PAGAR', 'GENOMFORD', 'GENOMFORD_MED_AVVIKELSE',
                                                           'PLANERAD', 'EJ_GENOMFORD', 'FLYTTAD')),
    kommentar            text,
    version              int    not null default 0,
    unique (planpost_id, uppfoljningspunkt_id)
);

-- Status and comment of a strategiskt utvecklingsuppdrag at a follow-up point. Keyed by the assignment's kind and
-- text, not its id: importing a corrected plan replaces the plan's assignment rows, and a status must survive that.
create table uppdrag_status (
    id                   bigserial primary key,
    namnd_id             bigint not null references namnd (id),
    uppfoljningspunkt_id bigint not null references uppfoljningspunkt (id),
    uppdrag_typ          text   not null check (uppdrag_typ in ('KOMMUNGEMENSAMT', 'NAMNDSPECIFIKT')),
    uppdrag_text         text   not null,
    status               text   not null check (status in ('EJ_PABORJAD', 'PAGAR', 'GENOMFORD')),
    kommentar            text,
    version              int    not null default 0,
    unique (namnd_id, uppfoljningspunkt_id, uppdrag_typ, uppdrag_text)
);
