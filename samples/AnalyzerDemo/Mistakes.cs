using ProxyConnect.Sensors;
using ProxyConnect.Squid;

namespace AnalyzerDemo;

/// <summary>Each of these compiles with a plain compiler and throws (or misbehaves) at run time; the analyzer that
/// comes with the ProxyConnect package turns them into build diagnostics.</summary>
public static class Mistakes
{
    public static Sensor OctetTooLarge() => new Sensor("sensor1", "10.0.0.300"); // expect: PXC0001

    public static SensorProxySettings PortTooLarge() => new SensorProxySettings { Port = 70000 }; // expect: PXC0002

    public static SensorProxySettings UserWithoutPassword() => new SensorProxySettings { Username = "u" }; // expect: PXC0005

    public static Sensor BadAclName() => new Sensor("plant b", "10.0.0.1"); // expect: PXC0004

    public static Sensor LeadingZero() => new Sensor("sensor2", "010.0.0.1"); // expect: PXC0006

    public static SquidConfig HostBits(SquidConfig config) => config.AddSensor(new Sensor("plant-c", "10.2.0.1/24")); // expect: PXC0007

    /// <summary>Values that are fine produce nothing.</summary>
    public static Sensor Fine() => new Sensor("sensor3", "10.1.0.5", "10.2.0.0/24");
}
