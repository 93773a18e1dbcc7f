namespace Routes.Geo.Instructions;

/// <summary>
/// Dutch: "Sla linksaf naar Rue Nationale", "Neem op de rotonde de 2e afslag naar Rue Nationale".
/// Street names are used bare, as Dutch navigation does, and keep their French form in France.
/// </summary>
internal sealed class DutchPhrasebook : Phrasebook
{
    private static readonly string[] Compass =
        ["noordelijke", "noordoostelijke", "oostelijke", "zuidoostelijke", "zuidelijke", "zuidwestelijke", "westelijke", "noordwestelijke"];

    public override char DecimalSeparator => ',';

    public override string Depart(int compassPoint, RoadLabel road) => $"Ga in {Compass[compassPoint]} richting op {On(road)}";

    public override string Turn(InstructionKind kind, RoadLabel road, bool endOfRoad = false)
    {
        string how = Strength(kind) switch { 0 => "licht ", 2 => "scherp ", _ => "" };
        string direction = IsLeft(kind) ? "linksaf" : "rechtsaf";
        string sla = endOfRoad ? "Sla aan het einde van de weg" : "Sla";
        return road.Name is { } name ? $"{sla} {how}{direction} naar {name}" : $"{sla} {how}{direction} {Unnamed(road)} op";
    }

    public override string FollowRoad(bool left, RoadLabel road) => $"Ga {(left ? "linksaf" : "rechtsaf")} om op {On(road)} te blijven";

    public override string Fork(bool left, RoadLabel road) => $"Houd bij de splitsing {Side(left)} aan naar {On(road)}";

    public override string Merge(bool left, RoadLabel road) => $"Voeg {Side(left)} in op {On(road)}";

    public override string Ramp(bool onRamp, bool? left, RoadLabel road)
    {
        string what = onRamp ? "de oprit" : "de afrit";
        string towards = road.Name is { } name ? $" naar {name}" : "";
        return left is { } l ? $"Neem {what} {Side(l)}{towards}" : $"Neem {what}{towards}";
    }

    public override string ExitRoundabout(int exit, RoadLabel road) =>
        road.Name is null ? $"Verlaat de rotonde via de {exit}e afslag" : $"Verlaat de rotonde via de {exit}e afslag naar {road.Name}";

    private static string Side(bool left) => left ? "links" : "rechts";

    public override string Continue(RoadLabel road) => $"Ga rechtdoor verder op {On(road)}";

    public override string UTurn(RoadLabel road) => $"Keer om en ga verder op {On(road)}";

    public override string Roundabout(int? exit, RoadLabel road) => exit switch
    {
        null => "Ga de rotonde op",
        _ when road.Name is null => $"Neem op de rotonde de {exit}e afslag",
        _ => $"Neem op de rotonde de {exit}e afslag naar {road.Name}",
    };

    public override string Waypoint(int number) => $"U hebt tussenstop {number} bereikt";

    public override string Arrive(DestinationSide side) => side switch
    {
        DestinationSide.Left => "U hebt uw bestemming bereikt, aan de linkerkant",
        DestinationSide.Right => "U hebt uw bestemming bereikt, aan de rechterkant",
        _ => "U hebt uw bestemming bereikt",
    };

    private static string On(RoadLabel road) => road.Name ?? Unnamed(road);

    private static string Unnamed(RoadLabel road) => road.Category switch
    {
        RoadCategory.Footpath => "het voetpad",
        RoadCategory.CyclePath => "het fietspad",
        RoadCategory.Steps => "de trap",
        RoadCategory.Track => "de veldweg",
        _ => "de weg",
    };
}
