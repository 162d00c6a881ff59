/** Nyckeltal: volymmått (basuppdrag) och personalnyckeltal med utfall, budget- och planvärden. */
package se.malbild.nyckeltal;
