import Testing

@testable import Docs2SwiftCore

/// Shapes whose flattened form a first reading got wrong (found in dodopayments 1.123.0's
/// flattened reference): each reference is read as written and flattened, and both must give
/// one API model.
@Suite struct FlattenedShapesTests {
  @Test func aFieldOfAMapAliasListsItsUnionsMembers() throws {
    // `Metadata = Dict[str, Union[str, float, bool]]`: a field of it holds no fields but lists
    // `str`, `float`, `bool` under it, as the declaration does; they are no fields of the object
    // (read so, they closed it and every field after them was lost).
    let text = """
      # Customers

      ## Retrieve Customer

      `customers.retrieve(strid) -> Customer`

      **get** `/customers/{id}`

      ### Parameters

      - `id: str`

      ### Returns

      - `class Customer: …`
        - `id: str`
        - `contact: Contact` The customer's contact.
          - `email: str` Email address of the contact
          - `metadata: Optional[Metadata]` Additional metadata of the contact
            - `str`
            - `float`
            - `bool`
          - `phone_number: Optional[str]` Phone number of the contact
        - `is_active: bool`
        - `total: int`

      \(MoreStainlessShapesTests.pythonExample("customer = client.customers.retrieve(\"id\")"))
      ## Domain Types

      ### Metadata

      - `Metadata = Dict[str, Union[str, float, bool]]`
        - `str`
        - `float`
        - `bool`

      """
    let (_, flattened) = try MoreStainlessShapesTests.bothForms(text)
    let customer = try #require(flattened.allMethods.first?.returns)
    guard case .object(_, let fields) = customer else {
      Issue.record("the response is no class written in place: \(customer)")
      return
    }
    #expect(fields.map(\.name) == ["id", "contact", "is_active", "total"])
    let warnings = try Pipeline.parse(SourceFile(path: "ref.md", text: FlattenedEquivalenceTests.words(text))).warnings
    #expect(!warnings.contains { $0.message.contains("inside a field list") }, "\(warnings.map(\.message))")
  }

  @Test func parameterListsReadWithADeclarationThatChangedAreForgotten() throws {
    // The first pass reads `ProductItemReqParam`'s declaration before `AttachAddonParam`'s, so
    // its `amount` goes into `addons` on a tie; the parameters read with that declaration
    // (`ProductItemReqParam` has no `amount`) left `amount` out of the cart item, and the next
    // pass took that list as the class's though the declaration then read right.
    let text = """
      # Carts

      ## Create Cart

      `carts.create(CartCreateParams**kwargs) -> Cart`

      **post** `/carts`

      ### Parameters

      - `product_cart: Iterable[ProductItemReqParam]` The products of the cart.
        - `product_id: str` Unique id of the product
        - `quantity: int` How many of the product
        - `addons: Optional[Iterable[AttachAddonParam]]` Only valid if the product is a subscription
          - `addon_id: str` Unique id of the addon
          - `quantity: int` Number of units of this addon.
        - `amount: Optional[int]` Amount the customer pays if pay what you want is enabled
      - `billing_email: Optional[str]` Where to send the invoice

      ### Returns

      - `class Cart: …`
        - `id: str` The cart's id

      \(MoreStainlessShapesTests.pythonExample(
        "cart = client.carts.create(\n    product_cart=[{\"product_id\": \"product_id\", \"quantity\": 0}],\n)"))
      ## Domain Types

      ### Product Item Req

      - `class ProductItemReqParam: …`
        - `product_id: str` Unique id of the product
        - `quantity: int` How many of the product
        - `addons: Optional[Iterable[AttachAddonParam]]` Only valid if the product is a subscription
          - `addon_id: str` Unique id of the addon
          - `quantity: int` Number of units of this addon.
        - `amount: Optional[int]` Amount the customer pays if pay what you want is enabled

      ### Attach Addon

      - `class AttachAddonParam: …`
        - `addon_id: str` Unique id of the addon
        - `quantity: int` Number of units of this addon.

      """
    let (_, flattened) = try MoreStainlessShapesTests.bothForms(text)
    let parameters = try #require(flattened.allMethods.first?.params)
    #expect(parameters.map(\.name) == ["product_cart", "billing_email"])
    let item = try #require(
      flattened.allResources.flatMap(\.types).first { $0.name == "ProductItemReqParam" })
    #expect(item.fields.map(\.name) == ["product_id", "quantity", "addons", "amount"])
  }

  @Test func aClassThatDescribesAFieldOtherwiseIsNotTheDomainTypeOfItsName() throws {
    // A license's `product: Product` lists `product_id` and `name`, both fields of the Domain
    // Type `Product` too; flattened, such a listing may be the Domain Type's fields recovered to
    // the wrong end, but its `name` is described otherwise than the Domain Type's: another class.
    func text(nameDescription: String) -> String {
      """
      # Licenses

      ## Activate License

      `licenses.activate(LicenseActivateParams**kwargs) -> License`

      **post** `/licenses/activate`

      ### Parameters

      - `license_key: str` The license key

      ### Returns

      - `class License: …`

      \(MoreStainlessShapesTests.pythonExample("license = client.licenses.activate(\n    license_key=\"license_key\",\n)"))
      ## Domain Types

      ### License

      - `class License: …`
        - `id: str` License key instance ID
        - `product: Product` Related product info.
          - `product_id: str` Unique identifier for the product.
          - `name: Optional[str]` \(nameDescription)

      # Products

      ## Domain Types

      ### Product

      - `class Product: …`
        - `product_id: str` Unique identifier for the product.
        - `name: Optional[str]` Name of the product, optional.
        - `price: Optional[int]` The price, in cents.

      """
    }
    func product(_ api: APIDocument) -> TypeRef? {
      api.allResources.flatMap(\.types).first { $0.name == "License" }?.fields.first { $0.name == "product" }?.type
    }
    let own = try MoreStainlessShapesTests.bothForms(
      text(nameDescription: "Name of the product, if set by the merchant."))
    guard case .object(let name, let fields)? = product(own.flattened) else {
      Issue.record("the license's product is no class written in place: \(String(describing: product(own.flattened)))")
      return
    }
    #expect(name == "Product")
    #expect(fields.map(\.name) == ["product_id", "name"])
    // Described as the Domain Type describes them, the same fields may be its own, recovered
    // short: they name it.
    let flattened = try Pipeline.parse(
      SourceFile(
        path: "ref.md", text: FlattenedEquivalenceTests.words(text(nameDescription: "Name of the product, optional.")))
    ).api
    #expect(product(flattened) == .ref("Product"))
  }

  @Test func aGuessRepeatedInAnotherPlaceOfTheSameShapeIsWarnedThereToo() throws {
    // reductoai's `SettingsParam`, written out in several methods and declared once: flattened,
    // `model` fits `hybrid_vpc`'s class and `settings` alike in each place. The first place read
    // took the inner one on a tie, warned; every other place then found that reading as
    // `HybridVpc`'s field list, took it as evidence, and placed `model` silently (the same
    // guess made again confirmed itself). Each place is warned now; the choice stays.
    let text = """
      # Parse

      ## Run Parse

      `parse.run(ParseRunParams**kwargs) -> ParseRunResponse`

      **post** `/parse`

      ### Parameters

      - `input: str` The document to parse.
      - `settings: Optional[SettingsParam]` How to parse it.
        - `document_password: Optional[str]` Password to decrypt protected documents.
        - `hybrid_vpc: Optional[HybridVpc]` Hybrid VPC request-scoped settings.
          - `environment: Optional[str]` Named Hybrid VPC environment to use.
        - `model: Optional[str]` The parse model used for the request.
        - `timeout: Optional[float]` The timeout for the job in seconds.

      ### Returns

      - `class ParseRunResponse: …`
        - `job_id: str` The job's id.

      ## Run Job Parse

      `parse.run_job(ParseRunJobParams**kwargs) -> ParseRunJobResponse`

      **post** `/parse_async`

      ### Parameters

      - `input: str` The document to parse.
      - `settings: Optional[SettingsParam]` How to parse it.
        - `document_password: Optional[str]` Password to decrypt protected documents.
        - `hybrid_vpc: Optional[HybridVpc]` Hybrid VPC request-scoped settings.
          - `environment: Optional[str]` Named Hybrid VPC environment to use.
        - `model: Optional[str]` The parse model used for the request.
        - `timeout: Optional[float]` The timeout for the job in seconds.

      ### Returns

      - `class ParseRunJobResponse: …`
        - `job_id: str` The job's id.

      ## Domain Types

      ### Settings

      - `class SettingsParam: …`
        - `document_password: Optional[str]` Password to decrypt protected documents.
        - `hybrid_vpc: Optional[HybridVpc]` Hybrid VPC request-scoped settings.
          - `environment: Optional[str]` Named Hybrid VPC environment to use.
        - `model: Optional[str]` The parse model used for the request.
        - `timeout: Optional[float]` The timeout for the job in seconds.

      """
    let flattened = try Pipeline.parse(SourceFile(path: "ref.md", text: FlattenedEquivalenceTests.words(text) + "\n"))
    // (The inner one, as before: nothing tells.)
    let settings = try #require(flattened.api.allResources.flatMap(\.types).first { $0.name == "SettingsParam" })
    #expect(settings.fields.map(\.name) == ["document_password", "hybrid_vpc"])
    let warned = flattened.warnings.filter { $0.message.hasPrefix("nesting of 'model' and 'timeout' is uncertain") }
    // The declaration, and the two methods' parameters in one warning, at the first of them.
    #expect(warned.count == 2, "\(warned.map(\.description))")
    let repeated = warned.filter {
      $0.message.contains("only the field list read for 'HybridVpc' where it was placed on a tie tells them apart")
    }
    #expect(repeated.count == 1)
    #expect(repeated.first?.message.hasSuffix("placed under 'hybrid_vpc' (the same in 1 more place)") == true)
    let words = FlattenedEquivalenceTests.words(text)
    let firstModel = try #require(words.range(of: "- `model: Optional[str]`"))
    #expect(repeated.first?.location?.column == words.distance(from: words.startIndex, to: firstModel.lowerBound) + 1)
    let structured = try Pipeline.parse(SourceFile(path: "ref.md", text: text)).warnings
    #expect(!structured.contains { $0.message.contains("is uncertain") })
  }

  @Test func aFieldTheResponseFormOfItsClassLacksBeforeOneItHasIsTheClasss() throws {
    // patronus-api's `evaluations.batch_create`: flattened, `project_name` fits its `Evaluation`
    // items and the top alike, and `Evaluation`'s response form lacks it (responses do not echo
    // it); that alone sent it to the top, and every field after it (`score`, which the response
    // form has) with it, silently. The next field being the response form's says the object
    // goes on: placed in it, warned.
    let text = """
      # Evaluations

      ## Batch Create Evaluations

      `evaluations.batch_create(EvaluationBatchCreateParams**kwargs) -> EvaluationBatchCreateResponse`

      **post** `/v1/evaluations/batch`

      Imports evaluations.

      ### Parameters

      - `evaluations: Iterable[Evaluation]`
        - `evaluator_id: str`
        - `log_id: str`
        - `project_id: Optional[str]` Attach the project with this id.
        - `project_name: Optional[str]` Attach the project with this name, made if it does not exist.
        - `score: Optional[float]`

      ### Returns

      - `class EvaluationBatchCreateResponse: …`
        - `evaluations: List[Evaluation]`
          - `id: int`
          - `evaluator_id: str`
          - `log_id: str`
          - `project_id: Optional[str]`
          - `score: Optional[float]`

      ### Example

      ```python
      from patronus_api import PatronusAPI

      client = PatronusAPI(
          api_key="My API Key",
      )
      evaluation_batch_create_response = client.evaluations.batch_create(
          evaluations=[
              {
                  "evaluator_id": "evaluator_id",
                  "log_id": "log_id",
              }
          ],
      )
      print(evaluation_batch_create_response.evaluations)
      ```

      #### Response

      ```json
      {
        "evaluations": [
          {
            "id": 0,
            "evaluator_id": "evaluator_id",
            "log_id": "log_id",
            "project_id": "project_id",
            "score": 0
          }
        ]
      }
      ```

      """
    let (_, flattened) = try MoreStainlessShapesTests.bothForms(text)
    #expect(flattened.allMethods.first?.params.map(\.name) == ["evaluations"])
    let warnings = try Pipeline.parse(SourceFile(path: "ref.md", text: FlattenedEquivalenceTests.words(text) + "\n"))
      .warnings.map(\.message)
    #expect(
      warnings.contains(
        "'project_name' placed under 'evaluations': the response form of 'Evaluation' lacks it but has 'score', "
          + "the next field (a field only requests send is in no response)"), "\(warnings)")
    // Not where the next field is not the response form's: the top it is, as before.
    let endsThere = text.replacingOccurrences(of: "  - `score: Optional[float]`\n\n### Returns", with: "\n### Returns")
    let top = try Pipeline.parse(SourceFile(path: "ref.md", text: FlattenedEquivalenceTests.words(endsThere) + "\n"))
    #expect(top.api.allMethods.first?.params.map(\.name) == ["evaluations", "project_name"])
    #expect(!top.warnings.contains { $0.message.hasPrefix("'project_name' placed under") })
  }
}
