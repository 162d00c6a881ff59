/**
 * Resultat: den publika resultatsidan utan inloggning, gjord enbart av fastställda och publicerade delårsrapporter
 * ("Nådde vi fram?" per nämndmål, indikatorer med målvärde och utveckling) och jämförelse med andra kommuner.
 */
package se.malbild.resultat;
