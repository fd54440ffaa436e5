package org.activationdesk.core.port;

/**
 * The contact properties of Win32_TSLicenseServer that automatic activation and reactivation send to the Microsoft
 * Clearinghouse (FirstName, LastName, Company, CountryRegion). Blank values are kept as empty text.
 */
public record RdsContact(String firstName, String lastName, String company, String countryRegion) {

    /** What a freshly installed role reports: nothing filled in. */
    public static final RdsContact EMPTY = new RdsContact("", "", "", "");

    public RdsContact {
        firstName = clean(firstName);
        lastName = clean(lastName);
        company = clean(company);
        countryRegion = clean(countryRegion);
    }

    private static String clean(String value) {
        return value == null ? "" : value.strip();
    }

    /** Automatic activation needs all four filled in. */
    public boolean isCompleteForAutomaticActivation() {
        return !firstName.isEmpty() && !lastName.isEmpty() && !company.isEmpty() && !countryRegion.isEmpty();
    }
}
