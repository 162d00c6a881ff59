-- Målbild baseline: organisation, goals and indicators, economy, key figures, documents, users.
-- Money is numeric in kronor; display rounding happens in the application.

create table kommun (
    id        bigserial primary key,
    scb_kod   varchar(4) not null unique check (scb_kod ~ '^[0-9]{4}$'),
    namn      text       not null
);

create table namnd (
    id               bigserial primary key,
    kommun_id        bigint not null references kommun (id),
    kod              text   not null,
    namn             text   not null,
    forvaltning      text,
    ordforande       text,
    forvaltningschef text,
    uppdrag          text[] not null default '{}',
    unique (kommun_id, kod)
);

create table enhet (
    id        bigserial primary key,
    namnd_id  bigint not null references namnd (id),
    kod       text   not null,
    namn      text   not null,
    unique (namnd_id, kod)
);

create table verksamhet (
    id        bigserial primary key,
    namnd_id  bigint not null references namnd (id),
    kod       text   not null,
    namn      text   not null,
    typ       text   not null check (typ in ('VERKSAMHET', 'KOMMUNAL_ENHET', 'MALPROGNOS')),
    ordning   int    not null,
    unique (namnd_id, kod)
);

create table malomrade (
    id          bigserial primary key,
    kommun_id   bigint not null references kommun (id),
    kod         text   not null,
    namn        text   not null,
    beskrivning text,
    fran_ar     int    not null,
    till_ar     int    not null check (till_ar >= fran_ar),
    ordning     int    not null,
    unique (kommun_id, kod, fran_ar)
);

create table kommunovergripande_mal (
    id           bigserial primary key,
    malomrade_id bigint not null references malomrade (id),
    kod          text   not null,
    namn         text   not null,
    beskrivning  text,
    ordning      int    not null,
    unique (malomrade_id, kod)
);

create table namndmal (
    id                        bigserial primary key,
    namnd_id                  bigint not null references namnd (id),
    kommunovergripande_mal_id bigint not null references kommunovergripande_mal (id),
    kod                       text   not null,
    titel                     text   not null,
    beskrivning               text,
    fotnoter                  text[] not null default '{}',
    ordning                   int    not null,
    -- The years the goal is part of the committee's plans: from the first plan that has it, until the last (open).
    fran_ar                   int    not null,
    till_ar                   int,
    unique (namnd_id, kod)
);

create table indikator (
    id              bigserial primary key,
    namndmal_id     bigint   not null references namndmal (id),
    kod             text     not null,
    grupp           text,
    namn            text     not null,
    matenhet        text     not null check (matenhet in ('PROCENT', 'ANTAL', 'DAGAR', 'MANADER', 'AR', 'INDEX', 'KVOT', 'TKR', 'KR', 'MNKR')),
    decimaler       int      not null default 0 check (decimaler between 0 and 4),
    riktning        text     not null check (riktning in ('HOGRE_AR_BATTRE', 'LAGRE_AR_BATTRE', 'INGEN')),
    kalla           text,
    obligatorisk    boolean  not null default false,
    konsuppdelning  boolean  not null default false,
    kolada_kpi      text,
    -- An indicator computed from the economy rather than typed in (Avvikelse mot budget, %).
    harledning      text check (harledning in ('AVVIKELSE_MOT_BUDGET', 'TRAFFSAKERHET_AUGUSTI', 'TRAFFSAKERHET_OKTOBER')),
    fotnoter        text[]   not null default '{}',
    ordning         int      not null,
    fran_ar         int      not null,
    till_ar         int,
    unique (namndmal_id, kod)
);

create table indikator_enhet (
    indikator_id bigint not null references indikator (id) on delete cascade,
    enhet_id     bigint not null references enhet (id),
    ordning      int    not null,
    primary key (indikator_id, enhet_id)
);

-- Figures a plan states (targets, budget rows, frames, investments, key-figure values) carry plan_ar, the year of
-- the internbudget that states them: a later plan never changes what an earlier one said.
create table malvarde (
    id           bigserial primary key,
    indikator_id bigint not null references indikator (id),
    plan_ar      int    not null,
    ar           int    not null,
    typ          text   not null check (typ in ('VARDE', 'JAMFORELSE', 'RIKTNING', 'KVALITATIVT', 'BUDGET_I_BALANS', 'EJ_FASTSTALLT')),
    varde        numeric, -- unconstrained: keeps the precision the plan was written with (6,0 vs 88)
    operator     text check (operator in ('GE', 'GT', 'LE', 'LT', 'EQ')),
    riktning     text check (riktning in ('SKA_OKA', 'OKA', 'MINSKA', 'EJ_OKA', 'SKA_INTE_OKA', 'STABILISERAS')),
    text         text,
    forklaring   text,
    fotnoter     text[] not null default '{}',
    unique (indikator_id, plan_ar, ar),
    check (typ <> 'VARDE' or varde is not null),
    check (typ <> 'JAMFORELSE' or (varde is not null and operator is not null)),
    check (typ <> 'RIKTNING' or riktning is not null),
    check (typ <> 'KVALITATIVT' or text is not null)
);

-- An outcome per indicator, period (year, optionally month for a follow-up point) and breakdown.
create table utfall (
    id            bigserial primary key,
    indikator_id  bigint   not null references indikator (id),
    ar            int      not null,
    manad         int      check (manad between 1 and 12),
    kon           text     not null default 'T' check (kon in ('T', 'K', 'M')),
    enhet_id      bigint references enhet (id),
    varde         numeric, -- unconstrained: an outcome keeps the precision it was reported with (12 vs 15,86)
    inget_utfall  boolean  not null default false,
    forklaring    text,
    kommentar     text,
    fotnoter      text[]   not null default '{}',
    version       int      not null default 0,
    check (inget_utfall = (varde is null)),
    unique nulls not distinct (indikator_id, ar, manad, kon, enhet_id)
);

create table strategiskt_uppdrag (
    id        bigserial primary key,
    namnd_id  bigint not null references namnd (id),
    ar        int    not null,
    typ       text   not null check (typ in ('KOMMUNGEMENSAMT', 'NAMNDSPECIFIKT')),
    text      text   not null,
    ordning   int    not null
);

-- Economy ---------------------------------------------------------------------------------------

create table budgetpost (
    id            bigserial primary key,
    verksamhet_id bigint         not null references verksamhet (id),
    plan_ar       int            not null,
    ar            int            not null,
    typ           text           not null check (typ in ('BOKSLUT', 'BUDGET', 'PLAN')),
    netto         numeric(18, 2) not null,
    -- Optional split of the net amount; when present, intakter (negative) + kostnader = netto.
    intakter      numeric(18, 2),
    kostnader     numeric(18, 2),
    unique (verksamhet_id, plan_ar, ar, typ),
    check ((intakter is null) = (kostnader is null)),
    check (intakter is null or intakter + kostnader = netto)
);

create table driftbudget_varav (
    id         bigserial primary key,
    namnd_id   bigint         not null references namnd (id),
    plan_ar    int            not null,
    ar         int            not null,
    typ        text           not null check (typ in ('BOKSLUT', 'BUDGET', 'PLAN')),
    intakter   numeric(18, 2) not null,
    kostnader  numeric(18, 2) not null,
    unique (namnd_id, plan_ar, ar, typ)
);

create table budgetram (
    id        bigserial primary key,
    namnd_id  bigint         not null references namnd (id),
    plan_ar   int            not null,
    ar        int            not null,
    beslut    text           not null,
    belopp    numeric(18, 2) not null,
    unique (namnd_id, plan_ar, ar)
);

create table ramjustering (
    id            bigserial primary key,
    budgetram_id  bigint         not null references budgetram (id) on delete cascade,
    ordning       int            not null,
    text          text           not null,
    belopp        numeric(18, 2) not null
);

create table investering (
    id        bigserial primary key,
    namnd_id  bigint not null references namnd (id),
    namn      text   not null,
    ordning   int    not null,
    unique (namnd_id, namn)
);

create table investeringsbelopp (
    id             bigserial primary key,
    investering_id bigint         not null references investering (id) on delete cascade,
    plan_ar        int            not null,
    ar             int            not null,
    typ            text           not null check (typ in ('BOKSLUT', 'BUDGET', 'PLAN')),
    belopp         numeric(18, 2) not null,
    unique (investering_id, plan_ar, ar, typ)
);

create table investeringsram (
    id        bigserial primary key,
    namnd_id  bigint         not null references namnd (id),
    plan_ar   int            not null,
    ar        int            not null,
    beslut    text,
    belopp    numeric(18, 2) not null,
    unique (namnd_id, plan_ar, ar)
);

-- Key figures: volymmått (basuppdrag) and personal.
create table nyckeltal (
    id         bigserial primary key,
    namnd_id   bigint   not null references namnd (id),
    kategori   text     not null check (kategori in ('VOLYM', 'PERSONAL')),
    namn       text     not null,
    enhet_id   bigint references enhet (id),
    matenhet   text,
    decimaler  int      not null default 0,
    fotnoter   text[]   not null default '{}',
    ordning    int      not null,
    unique nulls not distinct (namnd_id, kategori, namn, enhet_id)
);

create table nyckeltal_varde (
    id           bigserial primary key,
    nyckeltal_id bigint not null references nyckeltal (id) on delete cascade,
    plan_ar      int    not null,
    ar           int    not null,
    typ          text   not null check (typ in ('UTFALL', 'BUDGET', 'PLAN')),
    varde        numeric(18, 4),
    anmarkning   text,
    unique (nyckeltal_id, plan_ar, ar, typ)
);

-- Documents ---------------------------------------------------------------------------------------

create table internbudget (
    id                  bigserial primary key,
    namnd_id            bigint not null references namnd (id),
    ar                  int    not null,
    plan_till_ar        int    not null,
    titel               text   not null,
    beloppsenhet        text   not null check (beloppsenhet in ('KR', 'TKR', 'MNKR')),
    sammanfattning      text[] not null default '{}',
    kommentar_ekonomi   text,
    kommentar_volym     text,
    kommentar_personal  text,
    unique (namnd_id, ar)
);

create table internbudget_kolumn (
    internbudget_id bigint not null references internbudget (id) on delete cascade,
    ordning         int    not null,
    ar              int    not null,
    typ             text   not null check (typ in ('BOKSLUT', 'BUDGET', 'PLAN')),
    primary key (internbudget_id, ordning)
);

-- Specifikation av förändringar: named changes under a budget row, per document.
create table budgetforandring (
    id              bigserial primary key,
    internbudget_id bigint not null references internbudget (id) on delete cascade,
    verksamhet_id   bigint not null references verksamhet (id),
    ordning         int    not null,
    text            text   not null,
    fotnot          text
);

create table budgetforandring_belopp (
    budgetforandring_id bigint         not null references budgetforandring (id) on delete cascade,
    ar                  int            not null,
    belopp              numeric(18, 2) not null,
    primary key (budgetforandring_id, ar)
);

-- Users and the import log ----------------------------------------------------------------------

create table anvandare (
    id                   bigserial primary key,
    anvandarnamn         text    not null unique,
    namn                 text    not null,
    losenord_hash        text    not null,
    roll                 text    not null check (roll in ('ADMIN', 'CONTROLLER', 'REGISTRATOR', 'POLITIKER')),
    aktiv                boolean not null default true,
    maste_byta_losenord  boolean not null default false
);

create table anvandare_namnd (
    anvandare_id bigint not null references anvandare (id) on delete cascade,
    namnd_id     bigint not null references namnd (id),
    primary key (anvandare_id, namnd_id)
);

create table import_logg (
    id          bigserial primary key,
    tidpunkt    timestamptz not null default now(),
    anvandare   text        not null,
    filnamn     text        not null,
    sha256      varchar(64) not null,
    kommun_kod  varchar(4),
    namnd_kod   text,
    ar          int
);

create index on namnd (kommun_id);
create index on namndmal (namnd_id);
create index on indikator (namndmal_id);
create index on utfall (indikator_id);
create index on malvarde (indikator_id);
create index on budgetpost (verksamhet_id);
create index on budgetforandring (internbudget_id);
create index on nyckeltal (namnd_id);
