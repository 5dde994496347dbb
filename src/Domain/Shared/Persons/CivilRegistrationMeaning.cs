namespace Nsp.Domain.Shared.Persons;

/// <summary>What a civil-registration status code means to our services.</summary>
public enum CivilRegistrationMeaning
{
    /// <summary>A well-formed code we do not interpret (e.g. 20, 30, 50, 60); callers decide what to do with it.</summary>
    Unknown,

    /// <summary>01, 03, 05, 07.</summary>
    Active,

    /// <summary>70.</summary>
    Disappeared,

    /// <summary>80.</summary>
    Emigrated,

    /// <summary>90; the status start date is the date of death.</summary>
    Dead,
}
