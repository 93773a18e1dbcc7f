namespace Routes.Geo.Instructions;

/// <summary>
/// French: "Tournez à gauche sur la Rue Nationale", "Au rond-point, prenez la 2e sortie sur l'Avenue Foch".
/// A street name takes the article of its first word (rue → la, boulevard → le, avenue → l').
/// </summary>
internal sealed class FrenchPhrasebook : Phrasebook
{
    private static readonly string[] Compass = ["le nord", "le nord-est", "l'est", "le sud-est", "le sud", "le sud-ouest", "l'ouest", "le nord-ouest"];

    private static readonly HashSet<string> Feminine = new(StringComparer.OrdinalIgnoreCase)
    {
        "rue", "avenue", "place", "allée", "impasse", "route", "esplanade", "promenade", "voie", "ruelle", "chaussée",
        "traverse", "rocade", "cité", "résidence", "galerie", "porte", "venelle", "sente", "petite", "grande", "grand'place",
        "grand'rue", "autoroute", "passerelle", "montée", "descente", "corniche", "digue", "darse", "contre-allée", "voirie",
    };

    private static readonly HashSet<string> Masculine = new(StringComparer.OrdinalIgnoreCase)
    {
        "boulevard", "quai", "chemin", "cours", "pont", "passage", "square", "parvis", "sentier", "rond-point", "mail",
        "faubourg", "carrefour", "parc", "jardin", "clos", "hameau", "pavé", "rang", "vieux", "petit", "grand", "port",
        "bassin", "parking", "tunnel", "viaduc", "giratoire", "échangeur", "lotissement", "domaine", "périphérique",
    };

    public override char DecimalSeparator => ',';

    public override string Depart(int compassPoint, RoadLabel road) => $"Dirigez-vous vers {Compass[compassPoint]} sur {Road(road)}";

    public override string Turn(InstructionKind kind, RoadLabel road, bool endOfRoad = false)
    {
        string how = Strength(kind) switch { 0 => "légèrement ", 2 => "franchement ", _ => "" };
        return $"{(endOfRoad ? "Au bout de la route, tournez" : "Tournez")} {how}à {Side(IsLeft(kind))} sur {Road(road)}";
    }

    public override string FollowRoad(bool left, RoadLabel road) => $"Continuez à {Side(left)} pour rester sur {Road(road)}";

    public override string Fork(bool left, RoadLabel road) => $"À la bifurcation, serrez à {Side(left)} sur {Road(road)}";

    public override string Merge(bool left, RoadLabel road) => $"Insérez-vous à {Side(left)} sur {Road(road)}";

    public override string Ramp(bool onRamp, bool? left, RoadLabel road)
    {
        string what = road.Name is { } name ? $"la bretelle vers {name}" : "la bretelle";
        string verb = onRamp ? "Prenez" : "Sortez par";
        return left is { } l ? $"{verb} {what} à {Side(l)}" : $"{verb} {what}";
    }

    public override string ExitRoundabout(int exit, RoadLabel road) =>
        road.Name is null ? $"Quittez le rond-point par la {Ordinal(exit)} sortie" : $"Quittez le rond-point par la {Ordinal(exit)} sortie sur {Road(road)}";

    private static string Side(bool left) => left ? "gauche" : "droite";

    public override string Continue(RoadLabel road) => $"Continuez tout droit sur {Road(road)}";

    public override string UTurn(RoadLabel road) => $"Faites demi-tour et continuez sur {Road(road)}";

    public override string Roundabout(int? exit, RoadLabel road) => exit switch
    {
        null => "Entrez dans le rond-point",
        _ when road.Name is null => $"Au rond-point, prenez la {Ordinal(exit.Value)} sortie",
        _ => $"Au rond-point, prenez la {Ordinal(exit.Value)} sortie sur {Road(road)}",
    };

    public override string Waypoint(int number) => $"Vous avez atteint l'étape {number}";

    public override string Arrive(DestinationSide side) => side switch
    {
        DestinationSide.Left => "Vous avez atteint votre destination, sur la gauche",
        DestinationSide.Right => "Vous avez atteint votre destination, sur la droite",
        _ => "Vous avez atteint votre destination",
    };

    // "sortie" is feminine: 1re, then 2e, 3e ...
    private static string Ordinal(int n) => n == 1 ? "1re" : $"{n}e";

    private static string Road(RoadLabel road) => road.Name is { } name ? WithArticle(name) : road.Category switch
    {
        RoadCategory.Footpath => "le chemin piéton",
        RoadCategory.CyclePath => "la piste cyclable",
        RoadCategory.Steps => "l'escalier",
        RoadCategory.Track => "le chemin",
        _ => "la route",
    };

    private static string WithArticle(string name)
    {
        string first = name.Split(' ', 2)[0];
        bool vowel = first.Length > 0 && "aeiouyhâàéèêîïôûAEIOUYHÂÀÉÈÊÎÏÔÛ".Contains(first[0], StringComparison.Ordinal);
        // A mute-h or vowel start elides the article; a name without a known first word (a ref, a proper name) takes none.
        return Feminine.Contains(first) ? (vowel ? "l'" : "la ") + name
            : Masculine.Contains(first) ? (vowel ? "l'" : "le ") + name
            : name;
    }
}
