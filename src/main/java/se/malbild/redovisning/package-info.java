/** Redovisning: utfall (redovisat) från ekonomisystemet via SIE 4 eller CSV, mappat till nämndens verksamheter per månad. */
package se.malbild.redovisning;
