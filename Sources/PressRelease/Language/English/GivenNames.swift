/// Common given names whose bearer's gender is clear in English-language news, lower-case, so that
/// `"…," she said` can skip `David Penny` and reach `Gillian Gibb` when no title told the gender.
/// Names used for both (Jordan, Taylor, Alex, Chris, Sam, Jean, Kim, Lee, Robin, Casey) are left out.
enum GivenNames {
    static let male: [String] = [
        "aaron", "adam", "adrian", "ahmed", "alan", "albert", "alexander", "alexei", "ali", "allan", "andrew",
        "andrei", "angus", "anthony", "antonio", "arthur", "barack", "barry", "ben", "benjamin", "bernard",
        "bernie", "bill", "bob", "boris", "brad", "brendan", "brett", "brian", "bruce", "bryan", "carl", "carlos",
        "charles", "christopher", "colin", "craig", "dale", "damian", "dan", "daniel", "darren", "dave", "david",
        "dean", "dennis", "derek", "dmitry", "dominic", "donald", "doug", "douglas", "duncan", "edward", "emmanuel",
        "eric", "frank", "fred", "gary", "gavin", "geoffrey", "george", "gerald", "gordon", "graham", "grant",
        "greg", "gregory", "harold", "harry", "henry", "howard", "hugh", "ian", "ivan", "jack", "jacob", "jake",
        "james", "jason", "jeff", "jeffrey", "jeremy", "jim", "joe", "joel", "john", "jonathan", "joseph",
        "juan", "justin", "keith", "ken", "kenneth", "kevin", "kirill", "kyle", "larry", "lawrence", "luke",
        "malcolm", "marco", "mark", "martin", "matt", "matthew", "michael", "mike", "mohammed", "muhammad",
        "nathan", "neil", "nicholas", "nick", "nigel", "oliver", "owen", "patrick", "paul", "pedro", "peter",
        "phil", "philip", "phillip", "ralph", "raymond", "richard", "rick", "robert", "roger", "ronald", "ross",
        "roy", "russell", "ryan", "scott", "sean", "sergei", "sergey", "shane", "simon", "stephen", "steve",
        "steven", "stuart", "ted", "thomas", "tim", "timothy", "todd", "tom", "tony", "trevor", "vladimir",
        "walter", "warren", "wayne", "william", "winston", "xi", "yuri",
    ]
    static let female: [String] = [
        "abigail", "alice", "alison", "amanda", "amy", "andrea", "angela", "ann", "anna", "anne", "annie",
        "barbara", "betty", "brenda", "carmen", "caroline", "catherine", "charlotte", "cheryl", "christina",
        "christine", "claire", "deborah", "debra", "denise", "diana", "diane", "donna", "dorothy", "eleanor",
        "elena", "elizabeth", "ellen", "emily", "emma", "fiona", "gillian", "grace", "hannah", "heather",
        "heidi", "helen", "hillary", "irene", "jacinda", "jane", "janet", "jennifer", "jessica", "jill", "joan",
        "joanna", "judith", "julia", "julie", "karen", "kate", "katherine", "kathleen", "kathryn", "katie",
        "kamala", "laura", "lauren", "linda", "lisa", "louise", "lucy", "margaret", "maria", "marie", "marion",
        "martha", "mary", "megan", "melissa", "michelle", "nancy", "natalia", "natalie", "nicola", "nicole",
        "olga", "pamela", "patricia", "rachel", "rebecca", "ruth", "sandra", "sarah", "sharon", "sophie",
        "stephanie", "susan", "suzanne", "tanya", "teresa", "theresa", "valerie", "victoria", "virginia",
        "wendy", "yulia",
    ]

    static let gender: [String: Person.Gender] = {
        var g: [String: Person.Gender] = [:]
        for n in male { g[n] = .male }
        for n in female { g[n] = .female }
        return g
    }()
}
