package se.malbild.ekonomi;

/** A column of an economic table: a year and what kind of amount it holds (Bokslut 2020, Budget 2022, Plan 2023). */
public record Kolumn(int ar, Kolumntyp typ) {
}
