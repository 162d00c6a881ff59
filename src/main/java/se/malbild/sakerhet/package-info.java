/** Säkerhet: användare och roller, inloggning, behörighet per nämnd och byte av lösenord. */
package se.malbild.sakerhet;
