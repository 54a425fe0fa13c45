/**
 * Passwords people choose most often, refused by the password policy
 * (lib/validation/user.ts). NIST SP 800-63B asks for new passwords to be
 * checked against such a list. No installed package ships one and the server
 * works offline, so this is a list of widely published ones (the top of the
 * breach corpora, keyboard walks, names, teams, words with digits), lowercase.
 */

const COMMON_PASSWORDS = new Set(
  `
  123456 password 12345678 qwerty 123456789 12345 1234 111111 1234567 dragon 123123 baseball abc123
  football monkey letmein 696969 shadow master 666666 qwertyuiop 123321 mustang 1234567890 michael
  654321 superman 1qaz2wsx 7777777 121212 000000 qazwsx 123qwe killer trustno1 jordan jennifer
  zxcvbnm asdfgh hunter buster soccer harley batman andrew tigger sunshine iloveyou 2000 charlie
  robert thomas hockey ranger daniel starwars klaster 112233 george computer michelle jessica pepper
  1111 zxcvbn 555555 11111111 131313 freedom 777777 pass maggie 159753 aaaaaa ginger princess joshua
  cheese amanda summer love ashley nicole chelsea biteme matthew access yankees 987654321 dallas
  austin thunder taylor matrix mobilemail mom monitor monitoring montana moon moscow william corvette
  hello martin heather secret merlin diamond 1234qwer gfhjkm hammer silver 222222 88888888 anthony
  justin test bailey q1w2e3r4t5 patrick internet scooter orange 11111 golfer cookie richard samantha
  bigdog guitar jackson whatever mickey chicken sparky snoopy maverick phoenix camaro peanut morgan
  welcome falcon cowboy ferrari samsung andrea smokey steelers joseph mercedes dakota arsenal eagles
  melissa boomer booboo spider nascar monster tigers yellow xxxxxx 123123123 gateway marina diablo
  bulldog qwer1234 compaq purple hardcore banana junior hannah 123654 porsche lakers iceman money
  cowboys 987654 london tennis 999999 ncc1701 coffee scooby 0000 miller boston q1w2e3r4 brandon
  yamaha chester mother forever johnny edward 333333 oliver redsox player nikita knight fender barney
  midnight please brandy chicago badboy slayer rangers charles angel flower bigdaddy rabbit wizard
  jasper enter rachel chris steven winner adidas victoria natasha 1q2w3e4r jasmine winter prince
  marine ghbdtn fishing cocacola casper james 232323 raiders 888888 marlboro gandalf asdfasdf crystal
  87654321 12344321 golf heaven 8675309 toyota abcd1234 sophie qwerty123 password1 password123
  passw0rd p@ssw0rd p@ssword pa55word pa55w0rd letmein123 welcome1 welcome123 admin admin123
  administrator root toor changeme changeme123 default guest login login123 user 123abc abcdef
  abcdefg abcdefgh abcdefghi 1q2w3e 1q2w3e4r5t 1q2w3e4r5t6y zaq12wsx zaq1zaq1 qazwsxedc 1qazxsw2
  asdf1234 asdfghjk asdfghjkl zxcvbnm1 qwertyui qwerty12 qwerty1 qwertyu 1qaz2wsx3edc !qaz2wsx
  iloveyou1 iloveyou2 ilovey0u loveyou lovely loveme lover 123love love123 sunshine1 princess1
  football1 baseball1 superman1 batman123 monkey123 dragon123 master123 shadow123 michael1 jordan23
  jordan123 charlie1 charlie123 hello123 hello1234 hellohello letmein1 trustno1! 11223344 121212121
  123456a 123456aa 123456abc 1234567a 12345678a 123456789a a123456 a12345678 a123456789 aa123456
  aa12345678 abc12345 abc123456 abcd123 abcd12345 qwe123 qweqwe qweasd qweasdzxc qweasdzxc123
  1qazxsw23edc 123qweasd 123qweasdzxc 1234abcd 12qwaszx q1w2e3 q1w2e3r4t5y6 zxcv1234 asdfg 1234512345
  123456123456 12341234 11112222 12121212 12312312 123456654321 147258369 147852369 159357 159753456
  147258 258456 369258147 741852963 789456123 789456 456789 987456321 963852741 00000000 0000000000
  1111111111 22222222 33333333 44444444 55555555 66666666 77777777 99999999 12345678910 1234567891
  0123456789 01234567 9876543210 98765432 123454321 1234554321 10203040 102030 iloveu iloveme
  ihateyou fuckyou fuckyou1 fuckoff shit asshole bitch 123456789q babygirl babygirl1 baby123 angel1
  angels beautiful butterfly flowers friends friendship family jesus jesus1 jesuschrist christ
  blessed blessing faith god godisgood lucky lucky7 lucky123 money123 money1 rockyou rockstar rocky
  rockon superstar starwars1 startrek pokemon pokemon1 naruto minecraft minecraft1 fortnite roblox
  pikachu spiderman batman1 ironman hulk wolverine superman123 avengers marvel hogwarts harrypotter
  mustang1 ferrari1 porsche911 corvette1 camaro1 mercedes1 bmw honda civic nissan liverpool
  liverpool1 chelsea1 arsenal1 manutd manchester barcelona realmadrid juventus football12 soccer1
  soccer12 basketball basketball1 hockey1 baseball12 yankees1 cowboys1 steelers1 packers qwerty1234
  qwerty12345 qwertyuiop1 asdfghjkl1 zxcvbnm123 1qaz1qaz 2wsx2wsx 3edc3edc qwaszx q1q1q1q1 password12
  password1234 password12345 password! password1! password01 password2 password3 passwort motdepasse
  contrasena contraseña senha wachtwoord salasana haslo parola lozinka jelszo secret123 secret1
  topsecret mysecret mypassword mypass mypass123 yourpassword nopassword passpass letmein2 letmein!
  openup opensesame open sesame access14 access123 accessdenied unlock computer1 computer123
  internet1 samsung1 samsung123 apple apple123 iphone android google google123 facebook facebook1
  twitter youtube yahoo hotmail gmail outlook linkedin microsoft windows windows7 windows10 linux
  ubuntu oracle mysql database server whatever1 nothing nothing1 anything something someone somebody
  everyone nobody unknown trustme believe freedom1 liberty america america1 usa123 canada england
  london123 newyork newyork1 california chicago1 texas florida dallas1 boston1 paris paris123
  sunflower rainbow rainbow1 cherry strawberry chocolate chocolate1 cookie1 cupcake candy banana1
  orange1 apple1 lemon pumpkin peaches peanut1 butter honey sugar summer1 summer2020 summer2021
  summer2022 summer2023 summer2024 summer2025 winter1 winter2023 winter2024 spring autumn january
  february march april june july august september october november december monday friday sunday
  weekend holiday vacation christmas dragon1 dragons tiger tiger123 lion eagle eagle1 falcon1 wolf
  wolfpack monkey1 monkeys donkey horse horses kitten kitty kitty123 puppy puppies doggie doggy
  dog123 cat123 cats dogs pepper1 buddy buddy1 max123 ginger1 maggie1 bailey1 molly molly123 daisy
  lucky1 shadow1 shadow12 smokey1 michael123 jennifer1 jessica1 ashley1 amanda1 nicole1 daniel1
  andrew1 joshua1 matthew1 robert1 thomas1 william1 anthony1 jordan1 justin1 brandon1 jonathan
  christopher alexander alexandra elizabeth samantha1 victoria1 natalie stephanie michelle1 melissa1
  rebecca sarah hannah1 emily emma olivia sophia isabella madison abigail chloe grace welcome2
  welcome01 welcome2024 welcome2025 hello12 hello1 hi123 hiya howdy greetings test123 test1234
  testing testing123 tester test1 demo demo123 sample example qazwsx123 qazxsw qazxswedc 1qaz@wsx
  1q2w3e4r! zaq!2wsx !qaz@wsx #edc4rfv 1qaz!qaz azerty azerty123 azertyuiop qwertz qwertz123 asdasd
  asdasd123 zxczxc zxc123 asd123 aaaaaaaa aaaaaaaaaa bbbbbbbb abcabc abcabc123 xxxxxxxx zzzzzzzz
  qqqqqqqq wwwwwwww 1a2b3c4d a1b2c3d4 a1b2c3 1a2b3c abc 123 12 1 a aaa aaaa killer1 hunter1 hunter2
  ranger1 slayer1 warrior warrior1 soldier sniper ninja samurai shogun legend legend1 master1
  master12 mastermind genius smart clever matrix1 neo morpheus zion nemesis phoenix1 titanic galaxy
  universe cosmos element fire ice water earth thunder1 lightning storm hurricane tornado diamond1
  gold golden silver1 platinum crystal1 ruby emerald sapphire pearl newsroom newspaper editor
  editorial journalist reporter news123 breaking headline deadline`
    .trim()
    .split(/\s+/),
);

// Digits and symbols people put in place of letters.
const LOOKALIKES: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "@": "a",
  $: "s",
  "!": "i",
};

const undoLookalikes = (text: string) =>
  text.replace(/[013457@$!]/g, (character) => LOOKALIKES[character] ?? character);

// "Sunshine2024!" and "1password" are the listed word with a few digits or
// symbols around it: crackers try those first, so they count as the word.
const withoutAffixes = (text: string) =>
  text.replace(/^[^\p{L}]{1,4}(?=\p{L})/u, "").replace(/(?<=\p{L})[^\p{L}]{1,6}$/u, "");

/** True for a listed password, a listed word dressed up with digits, symbols or lookalikes, or a run of one or two characters. */
export function isCommonPassword(password: string): boolean {
  const lower = password.normalize("NFKC").toLowerCase();
  if (new Set(lower).size < 3) return true;
  if (COMMON_PASSWORDS.has(lower) || COMMON_PASSWORDS.has(undoLookalikes(lower))) return true;
  const word = withoutAffixes(lower);
  // Short words ("abc", "love") with long suffixes are still guessable; below four letters we stop.
  return word.length >= 4 && (COMMON_PASSWORDS.has(word) || COMMON_PASSWORDS.has(undoLookalikes(word)));
}

/** How many passwords the list holds (for the tests and the policy's description). */
export const COMMON_PASSWORD_COUNT = COMMON_PASSWORDS.size;
