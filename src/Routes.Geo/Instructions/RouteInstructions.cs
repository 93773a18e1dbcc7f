using Routes.Geo.Routing;

namespace Routes.Geo.Instructions;

/// <summary>
/// Turn-by-turn instructions for a route, in English ("en"), French ("fr") or Dutch ("nl"):
/// <c>RouteInstructions.For(route, "fr")</c>.
/// Turns are measured between the geodesic azimuths of the route before and after each junction.
/// </summary>
public static class RouteInstructions
{
    private static readonly Dictionary<string, Phrasebook> Books = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = new EnglishPhrasebook(),
        ["fr"] = new FrenchPhrasebook(),
        ["nl"] = new DutchPhrasebook(),
    };

    /// <summary>The language codes instructions can be written in: en, fr, nl.</summary>
    public static IReadOnlyList<string> SupportedLanguages { get; } = ["en", "fr", "nl"];

    /// <summary>
    /// Derives the instructions of <paramref name="route"/>: a departure first, an arrival last, a
    /// waypoint instruction at each via point, and in between the turns, name changes, roundabouts
    /// (rotaries), forks, slip roads on and off motorways and trunks, merges, T-junctions and U-turns, each with its
    /// <see cref="Instruction.Modifier"/>. Maneuvers less than 15 m apart are read as one.
    /// </summary>
    /// <param name="route">A route computed by <see cref="RouteRequest.Calculate"/>; its <see cref="Route.Graph"/> tells which other ways meet at each junction.</param>
    /// <param name="language">"en", "fr" or "nl", case-insensitive; a region suffix ("fr-BE") is ignored.</param>
    /// <returns>The instructions in route order; their distances add up to the route's length.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="route"/> or <paramref name="language"/> is null.</exception>
    /// <exception cref="UnsupportedLanguageException">The language is not one of <see cref="SupportedLanguages"/>.</exception>
    /// <exception cref="ArgumentException">The route was not computed by a route request (it has no graph: it was built by hand).</exception>
    public static IReadOnlyList<Instruction> For(Route route, string language = "en")
    {
        ArgumentNullException.ThrowIfNull(route);
        Phrasebook book = BookFor(language);
        RoutingGraph graph = route.Graph
            ?? throw new ArgumentException("The route has no graph: it was built by hand, not computed by a route request, so its junctions are unknown.", nameof(route));

        List<Piece> pieces = RouteTrace.Pieces(route, graph);
        List<Maneuver> maneuvers = ManeuverFinder.Find(route, graph, pieces);
        double[] cumulative = ManeuverFinder.Cumulative(pieces);
        double[] time = [0, .. pieces.Select(p => p.DurationSeconds)];
        for (int i = 1; i < time.Length; i++)
        {
            time[i] += time[i - 1];
        }

        var instructions = new List<Instruction>(maneuvers.Count);
        for (int i = 0; i < maneuvers.Count; i++)
        {
            Maneuver m = maneuvers[i];
            int next = i + 1 < maneuvers.Count ? maneuvers[i + 1].Piece : m.Piece;
            bool onRoad = m.Kind is not (InstructionKind.Waypoint or InstructionKind.Arrive);
            instructions.Add(new Instruction(
                m.Kind, Text(book, m), cumulative[next] - cumulative[m.Piece], time[next] - time[m.Piece], m.Location,
                onRoad ? m.Road.Name : null, m.Exit) { Modifier = m.Modifier });
        }

        return instructions;
    }

    /// <summary>Formats a distance the way the instructions of <paramref name="language"/> read it: "300 m", "1.2 km" (en), "1,2 km" (fr, nl).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="language"/> is null.</exception>
    /// <exception cref="UnsupportedLanguageException">The language is not one of <see cref="SupportedLanguages"/>.</exception>
    public static string FormatDistance(double metres, string language = "en") => BookFor(language).Distance(metres);

    private static Phrasebook BookFor(string language)
    {
        ArgumentNullException.ThrowIfNull(language);
        string primary = language.Split('-', '_')[0];
        return Books.TryGetValue(primary, out Phrasebook? book) ? book : throw new UnsupportedLanguageException(language, SupportedLanguages);
    }

    private static string Text(Phrasebook book, Maneuver m) => m.Kind switch
    {
        InstructionKind.Depart => book.Depart(TurnAngles.CompassPoint(m.OutAzimuth), m.Road),
        InstructionKind.Continue => book.Continue(m.Road),
        InstructionKind.UTurn => book.UTurn(m.Road),
        InstructionKind.Roundabout or InstructionKind.Rotary => book.Roundabout(m.Exit, m.Road),
        InstructionKind.ExitRoundabout or InstructionKind.ExitRotary => book.ExitRoundabout(m.Exit ?? 1, m.Road),
        InstructionKind.FollowRoad => book.FollowRoad(IsLeft(m), m.Road),
        InstructionKind.Fork => book.Fork(IsLeft(m), m.Road),
        InstructionKind.Merge => book.Merge(IsLeft(m), m.Road),
        InstructionKind.OnRamp or InstructionKind.OffRamp => book.Ramp(m.Kind == InstructionKind.OnRamp, m.Modifier is TurnModifier.Straight ? null : IsLeft(m), m.Road),
        InstructionKind.EndOfRoad => book.Turn(IsLeft(m) ? InstructionKind.Left : InstructionKind.Right, m.Road, endOfRoad: true),
        InstructionKind.Waypoint => book.Waypoint(m.Waypoint),
        InstructionKind.Arrive => book.Arrive(m.Side),
        _ => book.Turn(m.Kind, m.Road),
    };

    private static bool IsLeft(Maneuver m) => m.Modifier is TurnModifier.SlightLeft or TurnModifier.Left or TurnModifier.SharpLeft;
}
