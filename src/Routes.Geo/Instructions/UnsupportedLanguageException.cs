namespace Routes.Geo.Instructions;

/// <summary>Instructions were asked for in a language the library does not write; the message lists those it does.</summary>
public sealed class UnsupportedLanguageException : RoutesGeoException
{
    /// <summary>Creates the error for <paramref name="language"/>, listing <paramref name="supported"/>.</summary>
    public UnsupportedLanguageException(string language, IReadOnlyList<string> supported)
        : base($"Instructions are not available in language '{language}'; supported languages: {string.Join(", ", supported)}.")
    {
        Language = language;
        Supported = supported;
    }

    /// <summary>The language code that was asked for.</summary>
    public string Language { get; }

    /// <summary>The language codes that are supported.</summary>
    public IReadOnlyList<string> Supported { get; }
}
