/**
 * Översikt: politikernas översikt per kommun och uppföljningspunkt – varje nämnds måluppfyllelse per målområde,
 * budgetläge, förändring sedan förra punkten och trender – med nedborrning till nämndmål och indikatorer. Bara läsning.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Översikt")
package se.malbild.oversikt;
