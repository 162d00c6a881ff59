package se.malbild.nyckeltal;

public enum NyckeltalKategori {
    VOLYM, PERSONAL
}
