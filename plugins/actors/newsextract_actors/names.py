"""Common given names whose bearer's gender English news can be assumed to know.

Only names that are overwhelmingly of one gender among English speakers are
listed (no "Jordan", "Taylor", "Kelly"); a name not here leaves the gender to
honorifics, roles and the article's own pronouns.
"""

from __future__ import annotations

from typing import Final


def words(text: str) -> frozenset[str]:
    """A word list written as one string, one word per blank-separated item."""
    return frozenset(text.split())


MALE: Final[frozenset[str]] = words(
    """
    aaron abdullah abraham adam adrian ahmad ahmed alan alastair albert alec alex
    alexander alfred ali allen alvin andrew andy angus anthony antonio archie arnold
    arthur barack barney barry ben benjamin benny bernard bernie bert bill billy bob
    bobby brad bradley brandon brendan brent brett brian bruce bryan byron calvin carl
    carlos cecil chad charles charlie chester chris christopher chuck clarence clint
    clyde cody colin conrad corey cory craig curtis damian damon dan daniel danny
    darrell darren darryl dave david denis dennis derek desmond dexter dick dirk dmitri
    dmitry dominic don donald donnie doug douglas duncan dwight dylan earl ed eddie
    edgar edmund edward edwin elijah elliot elliott emmanuel enrique eric erik ernest
    ernesto ethan eugene evan felipe felix fernando floyd francisco frank fred freddie
    freddy frederick gabriel gary gavin gene geoffrey george gerald geraldo gilbert
    giuseppe glen glenn gonzalo gordon greg gregory hakeem hank hans harold harry harvey
    hassan hector henry herbert herman herschel howard hugh hugo hussein ian ibrahim
    igor isaac ivan jack jacob jake james jared jason jeb jeff jeffrey jeremiah jeremy
    jerome jerry jesse jim jimmy joaquin joe joel john johnny jon jonathan jorge jose
    joseph josh joshua juan jules julian julio justin karl keith ken kenneth kevin
    khalid khizr kirk kurt larry lawrence lee len leon leonard leroy lester lloyd lonnie
    lou louis lowell lucas luis luke lyndon malcolm manuel marco marcus mario mark
    martin marty marvin matt matthew maurice melvin micah michael mick miguel mike
    milton mitch mitchell mitt mohamed mohammad mohammed morton muhammad murray nate
    nathan nathaniel ned neil newt nicholas nick nigel noah norm norman oliver omar
    orrin oscar otto owen pablo patrick paul pedro pete peter phil philip phillip pierre
    quentin rafael ralph ramon randall randolph randy raul ray raymond reggie reginald
    reince ricardo richard richie rick robby robert rod rodney roger roland ron ronald
    roy ruben rudy rupert russell ryan salvador sam samuel sanjay saul scott sean
    sebastian sergei sergey sergio seth shawn sheldon sherrod simon spencer stan stanley
    stefan stephen steve steven stuart ted terrence terry theodore thomas tim timothy
    todd tom tommy tony trent trevor trey troy tyler vernon victor vince vincent
    vladimir walt walter wayne wendell wes wesley wilbur willard william willie winston
    xavier yuri zach zachary
    """
)

FEMALE: Final[frozenset[str]] = words(
    """
    abigail agnes alexandra alice alicia alison allison amanda amy andrea angela anita
    ann anna anne annie arlene audrey barbara beatrice becky bernadette beth bethany
    betsy betty beverly bonnie brenda brittany brooke camille candace carla carly carmen
    carol caroline carolyn carrie catherine cathy cecilia celine charlotte cheryl
    christina christine cindy claire claudia colleen connie courtney cynthia darlene
    debbie deborah debra deirdre delores denise diana diane dianne dolores donna doris
    dorothy edith eileen elaine eleanor elena elise eliza elizabeth ella ellen ellie
    emily emma erica erin esther eva evelyn felicia fiona frances gail gina gloria grace
    gretchen gwen gwendolyn hannah harriet heather heidi helen helena hillary huma irene
    isabel isabelle ivanka jacqueline jane janet janice jean jeanne jeannie jenna
    jennifer jenny jessica jill joan joann joanne jocelyn josephine joyce juanita judith
    judy julia julie kara karen kate katharine katherine kathleen kathryn kathy katie
    katrina kellyanne kimberly kirsten kristen kristin lana laura lauren laurie leah
    lillian linda lisa liz lois lori lorraine louise lucia lucy lydia madeleine madeline
    maggie mandy marcia margaret margarita marguerite maria marianne marie marilyn
    marjorie marlene marsha martha mary maureen maxine meg megan meghan melania melanie
    melinda melissa meryl mia michele michelle mildred millie miriam molly monica
    monique muriel nadia nancy naomi natalie nellie nicole nikki nina nora norma olga
    olivia paige pamela patricia patsy patty paula pauline peggy phyllis priscilla
    rachael rachel rebecca regina renee rhonda rita roberta rose rosemary roxanne ruth
    sabrina sally samantha sandra sara sarah sharon sheila sherry sheryl shirley sonia
    sophia sophie stacey stacy stephanie susan susannah suzanne sylvia tammy tanya tara
    teresa theresa tiffany tina valerie vanessa veronica vicki vivian wanda wendy
    yolanda yvonne zoe
    """
)


def gender_of_forename(word: str) -> str | None:
    """ "m" or "f" for a listed given name, else ``None``."""
    key = word.casefold()
    return "m" if key in MALE else "f" if key in FEMALE else None


def gender_of_honorific(word: str) -> str | None:
    key = word.casefold().rstrip(".")
    return "m" if key == "mr" else "f" if key in {"mrs", "ms", "miss"} else None
