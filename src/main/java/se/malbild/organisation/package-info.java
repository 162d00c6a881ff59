/** Organisation: kommuner, nämnder, deras enheter och verksamheter (budgetrader). */
package se.malbild.organisation;
