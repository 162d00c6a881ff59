/** Databasen: väljer PostgreSQL – konfigurerad server eller inbyggd PostgreSQL 17 när inget är konfigurerat. */
package se.malbild.databas;
