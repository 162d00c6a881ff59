package se.malbild.common;

import java.util.List;

/** Lines the login page shows under the form, such as the demo logins when the demo data is loaded. */
public interface Inloggningstips {

    List<String> rader();
}
