using Routes.Geo.Encirclement;

namespace Routes.Geo.Cli;

/// <summary>Site kinds as the command line writes them (lower case).</summary>
internal static class SiteKinds
{
    public static string Names { get; } = string.Join(", ", Enum.GetValues<SiteKind>().Select(OutputName.Of));

    public static SiteKind Parse(string text, string option) =>
        Enum.TryParse(text.Trim(), ignoreCase: true, out SiteKind kind) && Enum.IsDefined(kind)
            ? kind
            : throw new UsageException($"Unknown site kind '{text}' for {option}; use one of: {Names}.");

    public static string Of(Site site) => OutputName.Kinds(site, "/");
}
