/** Kolada: nyckeltal från Kolada (import och hämtning), koppling av indikatorer till KPI:er, jämförelsegrupper. */
package se.malbild.kolada;
