package id.rancang.workshop.web;

import id.rancang.strategy.Dimension;
import id.rancang.strategy.Element;
import id.rancang.workshop.Idea;
import id.rancang.workshop.IdeaCommand;

/** The idea form as the browser sends it. */
public class IdeaForm {

  private String title;
  private String problem;
  private String proposal;
  private Dimension dimension;
  private Element element;
  private Long suggestedOpdId;
  private String suggestedPartners;
  private int version;

  static IdeaForm of(Idea idea) {
    IdeaForm form = new IdeaForm();
    form.title = idea.title();
    form.problem = idea.problem();
    form.proposal = idea.proposal();
    form.dimension = idea.dimension();
    form.element = idea.element();
    form.suggestedOpdId = idea.suggestedOpdId();
    form.suggestedPartners = idea.suggestedPartners();
    form.version = idea.version();
    return form;
  }

  IdeaCommand command() {
    return new IdeaCommand(
        title, problem, proposal, dimension, element, suggestedOpdId, suggestedPartners);
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getProblem() {
    return problem;
  }

  public void setProblem(String problem) {
    this.problem = problem;
  }

  public String getProposal() {
    return proposal;
  }

  public void setProposal(String proposal) {
    this.proposal = proposal;
  }

  public Dimension getDimension() {
    return dimension;
  }

  public void setDimension(Dimension dimension) {
    this.dimension = dimension;
  }

  public Element getElement() {
    return element;
  }

  public void setElement(Element element) {
    this.element = element;
  }

  public Long getSuggestedOpdId() {
    return suggestedOpdId;
  }

  public void setSuggestedOpdId(Long suggestedOpdId) {
    this.suggestedOpdId = suggestedOpdId;
  }

  public String getSuggestedPartners() {
    return suggestedPartners;
  }

  public void setSuggestedPartners(String suggestedPartners) {
    this.suggestedPartners = suggestedPartners;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
